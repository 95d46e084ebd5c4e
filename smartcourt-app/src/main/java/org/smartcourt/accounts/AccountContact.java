package org.smartcourt.accounts;

/**
 * Where an account's holder said they can be reached: the mobile verified at registration and the e-mail on the
 * account. Either may be {@literal null}.
 */
public record AccountContact(String mobile, String email) {

	public static final AccountContact NONE = new AccountContact(null, null);
}
