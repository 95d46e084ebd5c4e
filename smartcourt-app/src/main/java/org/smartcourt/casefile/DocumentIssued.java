package org.smartcourt.casefile;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.cases.CaseId;

/**
 * 签发: a court document made from a template was issued and recorded on the case as a 诉讼文书 (published in the
 * issuing transaction, after the case's own {@code CaseDocumentRecorded}). When {@code serve} is set, the issuer
 * asked for it to be served on its addressee at once; the service module serves it electronically when the addressee
 * consented (民诉法 art. 90) and otherwise puts it in the clerk's 待送达 queue.
 *
 * @param documentId the 诉讼文书's id on the case.
 * @param kind the document kind's name (传票 {@code SUMMONS}, 通知书 {@code NOTICE}, 判决书 {@code JUDGMENT} …).
 * @param addresseeSeq the party it is addressed to, or {@literal null}.
 * @param issuedBy the username of the member of the case team who issued it.
 */
public record DocumentIssued(CaseId caseId, UUID documentId, String kind, String title, String number,
		String fileSha256, Integer addresseeSeq, boolean serve, String issuedBy, Instant issuedAt) {
}
