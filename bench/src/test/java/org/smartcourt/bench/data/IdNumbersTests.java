package org.smartcourt.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.ResidentIdNumber;

class IdNumbersTests {

	private static final List<String> AREAS = List.of("220102", "220104", "220581", "222401");

	@Test
	void generatedNumbersPassTheAppsValidatorAndAnIndependentCheck() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 2_000; i++) {
			boolean male = random.nextBoolean();
			String id = IdNumbers.next(random, AREAS, male);
			assertThat(id).hasSize(18).startsWith("22");
			assertThat(AREAS).contains(id.substring(0, 6));
			assertThat(ResidentIdNumber.isValid(id)).as(id).isTrue();
			assertThat(id.charAt(17)).as(id).isEqualTo(independentCheck(id.substring(0, 17)));
			LocalDate born = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
			assertThat(born).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2006, 12, 31));
			assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(male);
		}
	}

	@Test
	void knownNumberHasItsPublishedCheckCharacter() {
		// the worked example of GB 11643-1999
		assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
	}

	@Test
	void aWrongCheckCharacterIsRejectedByTheApp() {
		String id = IdNumbers.next(new SplittableRandom(1), AREAS, true);
		char wrong = id.charAt(17) == '0' ? '1' : '0';
		assertThat(ResidentIdNumber.isValid(id.substring(0, 17) + wrong)).isFalse();
	}

	/** ISO 7064 MOD 11-2 written the other way: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11. */
	private static char independentCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = (1 << (17 - i)) % 11;
			sum += (first17.charAt(i) - '0') * weight;
		}
		int check = (12 - sum % 11) % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}
}
