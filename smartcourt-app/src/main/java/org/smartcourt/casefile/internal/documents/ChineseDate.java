package org.smartcourt.casefile.internal.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates as court documents write them: the 落款 in Chinese numerals, 二〇二六年十一月二十九日 (GB/T 9704-2012 §7.3.5.1
 * for 成文日期 in 汉字; 裁判文书 use the same form), and times of day as 9时30分.
 */
public final class ChineseDate {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseDate() {
	}

	/** 二〇二六年十一月二十九日. */
	public static String of(LocalDate date) {
		StringBuilder year = new StringBuilder();
		String digits = Integer.toString(date.getYear());
		for (int i = 0; i < digits.length(); i++) {
			year.append(DIGITS.charAt(digits.charAt(i) - '0'));
		}
		return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
	}

	/** 2026年12月1日9时30分, as 传票 fill in the 应到时间 (Arabic numerals, as forms are filled). */
	public static String timeOf(LocalDateTime at) {
		return at.getYear() + "年" + at.getMonthValue() + "月" + at.getDayOfMonth() + "日" + at.getHour() + "时"
				+ String.format("%02d", at.getMinute()) + "分";
	}

	/** 1–31 in Chinese numerals: 十, 十一, 二十, 二十九, 三十一. */
	static String number(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("not a month or day: " + n);
		}
		int tens = n / 10;
		int ones = n % 10;
		String head = tens == 0 ? "" : tens == 1 ? "十" : DIGITS.charAt(tens) + "十";
		return head + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
	}
}
