package org.smartcourt.service.internal;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.notification.Channel;

/**
 * One version of a party's 送达地址确认书 (民诉解释 art. 136): the addresses it gives and the consent to 电子送达, with
 * how the consent arose and its evidence. A change appends a new version; the latest counts.
 *
 * @param platformAccount the 诉讼服务平台专用账号 (a username), or {@literal null}.
 * @param basis how consent arose (在线诉讼规则 art. 29), or {@literal null} when the party did not consent.
 * @param coversDecisions the consent extends to 判决书、裁定书、调解书.
 * @param evidence what shows the consent (the pleading, the agreement, the call), or {@literal null}.
 * @param scanSha256 the scanned signed paper in the file store, or {@literal null}.
 */
public record ServiceAddress(UUID id, CaseId caseId, int partySeq, AddressForm form, String platformAccount,
		String mobile, String email, String postalAddress, ConsentBasis basis, boolean coversDecisions,
		String evidence, String scanSha256, String recordedBy, Instant recordedAt) {

	public boolean consented() {
		return basis != null;
	}

	public Consent consent() {
		return new Consent(consented(), consented() && coversDecisions);
	}

	/** The address this confirmation gives for {@code channel}, or {@literal null}. */
	public String addressFor(Channel channel) {
		return switch (channel) {
			case IN_APP -> platformAccount;
			case SMS -> mobile;
			case EMAIL -> email;
			default -> null;
		};
	}
}
