package org.smartcourt.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.UnifiedSocialCreditCode;

class CreditCodesTests {

	private static final List<String> AREAS = List.of("220102", "220204", "222401");

	@Test
	void generatedCodesPassTheAppsValidatorAndAnIndependentCheck() {
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < 2_000; i++) {
			String code = CreditCodes.next(random, AREAS);
			assertThat(code).hasSize(18).startsWith("91");
			assertThat(AREAS).contains(code.substring(2, 8));
			assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
			assertThat(code.charAt(17)).as(code).isEqualTo(independentCheck(code.substring(0, 17)));
			assertThat(organisationCodeValid(code.substring(8, 17))).as(code).isTrue();
		}
	}

	@Test
	void aKnownCodeHasItsCheckCharacter() {
		// a published code (国家市场监督管理总局's own example format): 91350100M000100Y43
		assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void aWrongCheckCharacterIsRejectedByTheApp() {
		String code = CreditCodes.next(new SplittableRandom(3), AREAS);
		char wrong = code.charAt(17) == 'A' ? 'B' : 'A';
		assertThat(UnifiedSocialCreditCode.isValid(code.substring(0, 17) + wrong)).isFalse();
	}

	/** GB 32100: weights 3^i mod 31 computed with BigInteger, check = 31 - sum mod 31 (31 → 0). */
	private static char independentCheck(String first17) {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = BigInteger.valueOf(3).modPow(BigInteger.valueOf(i), BigInteger.valueOf(31)).intValue();
			sum += alphabet.indexOf(first17.charAt(i)) * weight;
		}
		int check = 31 - sum % 31;
		return alphabet.charAt(check == 31 ? 0 : check);
	}

	/** GB 11714 组织机构代码: weights 3 7 9 10 5 8 4 2, check = 11 - sum mod 11 (10 → X, 11 → 0). */
	private static boolean organisationCodeValid(String code) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = code.charAt(i);
			sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
		}
		int check = 11 - sum % 11;
		char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
		return code.charAt(8) == expected;
	}
}
