package org.smartcourt.service.internal;

/**
 * A party's consent to 电子送达 as it stands.
 *
 * @param given whether the party consented (在线诉讼规则 art. 29).
 * @param coversDecisions whether the consent extends to 判决书、裁定书、调解书 (民诉法 art. 90 para. 1).
 */
public record Consent(boolean given, boolean coversDecisions) {

	public static final Consent NONE = new Consent(false, false);
}
