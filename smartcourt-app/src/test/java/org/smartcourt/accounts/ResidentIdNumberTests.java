package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;

/** GB 11643-1999 check character, birth date and masking, over thousands of generated numbers. */
class ResidentIdNumberTests {

	private static final int RUNS = 5_000;

	/** A random well-formed number: region, a birth date between 1900 and 2020, sequence, check character. */
	static String randomValid(Random random) {
		LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(365 * 120));
		String first17 = String.format("%06d%04d%02d%02d%03d", 110000 + random.nextInt(550000), birth.getYear(),
				birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	@Test
	void acceptsTheStandardsExample() {
		ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002X");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(ResidentIdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
		assertThat(number.masked()).isEqualTo("1101**********002X");
		assertThat(number.toString()).doesNotContain("19491231");
		assertThat(ResidentIdNumber.isValid("440524188001010014")).isTrue();
	}

	@Test
	void acceptsGeneratedNumbers() {
		Random random = new Random(11643);
		for (int i = 0; i < RUNS; i++) {
			String number = randomValid(random);
			assertThat(ResidentIdNumber.isValid(number)).as(number).isTrue();
			assertThat(ResidentIdNumber.parse(number).value()).isEqualTo(number);
		}
	}

	@Test
	void rejectsEveryChangedCharacter() {
		Random random = new Random(1999);
		for (int i = 0; i < RUNS; i++) {
			char[] chars = randomValid(random).toCharArray();
			int position = random.nextInt(18);
			char original = chars[position];
			char replacement;
			do {
				replacement = position == 17 ? "0123456789X".charAt(random.nextInt(11))
						: (char) ('0' + random.nextInt(10));
			}
			while (replacement == original);
			chars[position] = replacement;
			assertThat(ResidentIdNumber.isValid(new String(chars))).as(new String(chars)).isFalse();
		}
	}

	@Test
	void rejectsSwappedAdjacentDigits() {
		Random random = new Random(7064);
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
			assertThat(ResidentIdNumber.isValid(new String(chars))).as(new String(chars)).isFalse();
			checked++;
		}
	}

	@Test
	void rejectsImpossibleAndFutureBirthDates() {
		String feb30 = "11010519490230002";
		assertThat(ResidentIdNumber.isValid(feb30 + ResidentIdNumber.checkCharacter(feb30))).isFalse();
		String future = "110105" + (LocalDate.now().getYear() + 1) + "0101002";
		assertThat(ResidentIdNumber.isValid(future + ResidentIdNumber.checkCharacter(future))).isFalse();
	}

	@Test
	void namesTheFieldAndTheProblemInTheError() {
		assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021")).isInstanceOfSatisfying(
				DomainException.class, ex -> {
					assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
					assertThat(ex.fieldProblems()).singleElement().satisfies(f -> {
						assertThat(f.field()).isEqualTo("idNumber");
						assertThat(f.code()).isEqualTo("checksum");
					});
				});
		assertThatThrownBy(() -> ResidentIdNumber.parse("1101051949123100")).isInstanceOfSatisfying(
				DomainException.class, ex -> assertThat(ex.fieldProblems().get(0).code()).isEqualTo("format"));
		assertThat(ResidentIdNumber.isValid(null)).isFalse();
	}
}
