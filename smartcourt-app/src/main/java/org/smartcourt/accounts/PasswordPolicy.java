package org.smartcourt.accounts;

import java.util.Optional;

/**
 * 口令策略: at least 8 characters from at least 3 of the 4 classes (upper case, lower case, digits, other
 * characters), as the platform's security baseline (GB/T 22239-2019 level-3 practice) requires.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;
	public static final int MAX_LENGTH = 128;
	public static final int MIN_CLASSES = 3;

	private PasswordPolicy() {
	}

	/**
	 * @return the message key of the first rule the password breaks, or empty when it is acceptable.
	 */
	public static Optional<String> violation(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("validation.password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("validation.password.too-long");
		}
		boolean upper = false, lower = false, digit = false, other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
		return classes >= MIN_CLASSES ? Optional.empty() : Optional.of("validation.password.too-simple");
	}
}
