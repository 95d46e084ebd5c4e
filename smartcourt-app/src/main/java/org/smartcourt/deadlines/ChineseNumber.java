package org.smartcourt.deadlines;

/** Small whole numbers written as in statutes: 十五, 三十, 四十八, 一百零二. */
final class ChineseNumber {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private ChineseNumber() {
	}

	static String of(int n) {
		if (n < 0 || n > 999) {
			return Integer.toString(n);
		}
		if (n < 10) {
			return DIGITS[n];
		}
		if (n < 20) {
			return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		if (n < 100) {
			return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		int rest = n % 100;
		String hundreds = DIGITS[n / 100] + "百";
		if (rest == 0) {
			return hundreds;
		}
		return hundreds + (rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + of(rest) : of(rest));
	}
}
