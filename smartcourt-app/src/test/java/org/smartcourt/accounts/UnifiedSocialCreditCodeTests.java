package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;

/** GB 32100-2015 check character over thousands of generated codes. */
class UnifiedSocialCreditCodeTests {

	private static final int RUNS = 5_000;
	private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;

	static String randomValid(Random random) {
		StringBuilder first17 = new StringBuilder();
		for (int i = 0; i < 17; i++) {
			first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString());
	}

	@Test
	void acceptsCommonlyCitedCodes() {
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(UnifiedSocialCreditCode.parse("91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
		assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43").masked()).isEqualTo("9135**********0Y43");
	}

	@Test
	void acceptsGeneratedCodes() {
		Random random = new Random(32100);
		for (int i = 0; i < RUNS; i++) {
			String code = randomValid(random);
			assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
		}
	}

	@Test
	void rejectsEveryChangedCharacter() {
		Random random = new Random(2015);
		for (int i = 0; i < RUNS; i++) {
			char[] chars = randomValid(random).toCharArray();
			int position = random.nextInt(18);
			char replacement;
			do {
				replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
			}
			while (replacement == chars[position]);
			chars[position] = replacement;
			assertThat(UnifiedSocialCreditCode.isValid(new String(chars))).as(new String(chars)).isFalse();
		}
	}

	@Test
	void rejectsSwappedAdjacentCharacters() {
		Random random = new Random(31);
		int checked = 0;
		while (checked < RUNS) {
			char[] chars = randomValid(random).toCharArray();
			int position = random.nextInt(16);
			if (chars[position] == chars[position + 1]) {
				continue;
			}
			char c = chars[position];
			chars[position] = chars[position + 1];
			chars[position + 1] = c;
			assertThat(UnifiedSocialCreditCode.isValid(new String(chars))).as(new String(chars)).isFalse();
			checked++;
		}
	}

	@Test
	void rejectsLettersOutsideTheAlphabet() {
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100I43")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("91350100O000100Y43")).isFalse();
		assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y44", "organizationCreditCode"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.fieldProblems().get(0).field()).isEqualTo("organizationCreditCode");
				assertThat(ex.fieldProblems().get(0).code()).isEqualTo("checksum");
			});
	}
}
