package org.smartcourt.accounts.internal;

/**
 * 注册申请 as typed by the person: every field is raw text, checked by {@link Registrations}. {@code kind} is a
 * {@link org.smartcourt.accounts.PartyKind} name; lawyer and organization fields are needed only for those kinds.
 */
public record RegistrationCommand(String kind, String realName, String idNumber, String mobile, String email,
		String code, String username, String password, String lawyerLicenseNumber, String lawFirm,
		String organizationName, String organizationCreditCode) {

	@Override
	public String toString() {
		return "RegistrationCommand[" + kind + ", " + username + "]";
	}
}
