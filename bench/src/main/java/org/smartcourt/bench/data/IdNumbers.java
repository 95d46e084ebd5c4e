package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 公民身份号码 (GB 11643-1999) of people living in Jilin: a 22xxxx 地址码 of a real county, a birth date, a 顺序码
 * whose last digit is odd for men and even for women, and the ISO 7064 MOD 11-2 校验码. Computed here, not by the
 * application's validator, so the tests can check one against the other.
 */
final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = "10X98765432".toCharArray();

	private IdNumbers() {
	}

	/** A valid number for someone born between 1950 and 2005 whose 地址码 is one of {@code areas}. */
	static String next(SplittableRandom random, List<String> areas, boolean male) {
		String area = areas.get(random.nextInt(areas.size()));
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(56 * 365));
		int order = random.nextInt(500) * 2 + (male ? 1 : 0);
		String first17 = area + String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
				born.getDayOfMonth(), order);
		return first17 + checkCharacter(first17);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}
}
