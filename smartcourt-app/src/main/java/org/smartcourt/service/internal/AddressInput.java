package org.smartcourt.service.internal;

/**
 * What a 送达地址确认书 says, as entered.
 *
 * @param consent the party agrees to 电子送达.
 * @param coversDecisions the consent covers 判决书、裁定书、调解书.
 * @param basis for a record by the court, how consent arose; a party's own confirmation is always {@code EXPRESS}.
 */
public record AddressInput(String mobile, String email, String postalAddress, boolean consent,
		boolean coversDecisions, ConsentBasis basis, String evidence) {
}
