package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 口令策略: at least 8 characters, at least 3 of 4 character classes. */
class PasswordPolicyTests {

	@ParameterizedTest
	@CsvSource({ "Court@2026demo,", "abcDEF12,", "abc-def-12,", "ABC-DEF-12,", "Ab1,validation.password.too-short",
			"abcdefgh,validation.password.too-simple", "abcdefg1,validation.password.too-simple",
			"ABCDEFG1,validation.password.too-simple", "1234567!,validation.password.too-simple",
			"法院口令很长很长1A,", "'',validation.password.too-short" })
	void judgesPasswords(String password, String expected) {
		assertThat(PasswordPolicy.violation(password).orElse(null)).isEqualTo(expected);
	}
}
