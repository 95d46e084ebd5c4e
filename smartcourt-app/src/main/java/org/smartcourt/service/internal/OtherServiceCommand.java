package org.smartcourt.service.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Service by a method other than 电子送达.
 *
 * @param reference 邮寄: the tracking number (required); 委托: the court entrusted; 转交: the body forwarding it; 公告:
 *        the medium (required).
 * @param handedOverOn 邮寄: the day handed to the post (required).
 * @param eventOn the receipt's date (邮寄, later), the signature date (直接, 委托, 转交), the day left (留置, required),
 *        the day of publication (公告, required).
 * @param witness 留置: the witness and the refusal, unless a photo is given.
 * @param abroad 公告: the party has no domicile in China.
 */
public record OtherServiceCommand(UUID documentId, Integer partySeq, ServiceMethod method, String reference,
		LocalDate handedOverOn, LocalDate eventOn, String witness, boolean abroad) {
}
