package org.smartcourt.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * 案号: 收案年度 + 法院代字 + [专门审判代字] + 类型代字 + 案件编号, laid out as {@code （2026）吉0102民初123号}
 * (《最高人民法院关于人民法院案件案号的若干规定》, 法〔2015〕137号, arts. 2–3, as amended by 法〔2018〕335号, which
 * added the 专门审判代字 such as 知). The full-width brackets of art. 3 are the one stored form; {@link #parse} also
 * accepts the half-width brackets seen in real data.
 *
 * @param year 收案年度, the calendar year the case was received.
 * @param courtCode 法院代字: {@code 最高法}, or a province's short name (art. 4) with 2 digits for an intermediate
 *        and 4 digits for a basic court (art. 5), e.g. {@code 吉}, {@code 吉01}, {@code 吉0102}.
 * @param specialCode 专门审判代字 (one character, e.g. 知), or {@literal null}.
 * @param typeCode 类型代字, e.g. 民初.
 * @param number 案件编号, digits: sequential from 1 per court, 专门审判代字 + 类型代字 and year (arts. 9–10); for
 *        刑核 a fixed-length 8-digit random number (art. 10 para. 2).
 */
public record CaseNumber(int year, String courtCode, String specialCode, String typeCode, String number) {

	/** The 类型代字 whose numbers are 8 random digits (案号规定 art. 10 para. 2). */
	public static final String RANDOM_NUMBERED_TYPE = "刑核";

	/** The field name problems are reported under. */
	public static final String FIELD = "caseNumber";

	private static final String SUPREME_COURT = "最高法";
	/** Province short names used as high-court codes (art. 4; 内 for 内蒙古, 军 and 兵 by the same article). */
	private static final String PROVINCES = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新军兵";
	private static final Pattern COURT_CODE = Pattern
		.compile(SUPREME_COURT + "|[" + PROVINCES + "](?:[0-9]{2}|[0-9]{4})?");
	private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
	private static final Pattern SEQUENTIAL = Pattern.compile("[1-9][0-9]{0,8}");
	private static final Pattern RANDOM = Pattern.compile("[0-9]{8}");
	private static final int FIRST_YEAR = 2016;
	private static final int LONGEST_TYPE_CODE = 4;

	public CaseNumber {
		if (year < FIRST_YEAR || year > 9999) {
			throw invalid("validation.case-number.year", year);
		}
		if (courtCode == null || !COURT_CODE.matcher(courtCode).matches()) {
			throw invalid("validation.case-number.court-code", courtCode);
		}
		if (specialCode != null && (specialCode.codePointCount(0, specialCode.length()) != 1
				|| !HAN.matcher(specialCode).matches())) {
			throw invalid("validation.case-number.special-code", specialCode);
		}
		if (typeCode == null || !HAN.matcher(typeCode).matches() || typeCode.length() > LONGEST_TYPE_CODE) {
			throw invalid("validation.case-number.type-code", typeCode);
		}
		Pattern numbering = RANDOM_NUMBERED_TYPE.equals(typeCode) ? RANDOM : SEQUENTIAL;
		if (number == null || !numbering.matcher(number).matches()) {
			throw invalid("validation.case-number.number", number);
		}
	}

	/**
	 * Reads a case number such as {@code （2026）吉0102民初123号}, {@code (2025)吉01知民初64号} or
	 * {@code （2021）最高法知民终2270号}, with full- or half-width brackets and surrounding whitespace. Court code and
	 * 类型代字 are both Chinese where no digits separate them (吉民初, 最高法知民终), so the 类型代字 is the longest
	 * known code that ends the run of Chinese before the 案件编号, and what precedes it must be a court code,
	 * optionally followed by a known 专门审判代字.
	 *
	 * @param typeCodes every known 类型代字 (old ones included, to read old numbers).
	 * @param specialCodes every known 专门审判代字.
	 * @throws DomainException ({@code invalid-case-number}) naming what is wrong.
	 */
	public static CaseNumber parse(String text, Set<String> typeCodes, Set<String> specialCodes) {
		String s = text == null ? "" : text.strip();
		if (s.length() < 8 || (s.charAt(0) != '（' && s.charAt(0) != '(') || !s.endsWith("号")) {
			throw invalid("validation.case-number.format", s);
		}
		int close = firstOf(s, '）', ')');
		if (close < 0) {
			throw invalid("validation.case-number.format", s);
		}
		String year = s.substring(1, close).strip();
		if (!year.matches("[0-9]{4}")) {
			throw invalid("validation.case-number.year", year);
		}
		List<String> runs = runs(s.substring(close + 1, s.length() - 1));
		if (runs == null || (runs.size() != 2 && runs.size() != 4) || !isDigits(runs.get(runs.size() - 1))) {
			throw invalid("validation.case-number.format", s);
		}
		String number = runs.get(runs.size() - 1);
		String courtDigits = runs.size() == 4 ? runs.get(1) : "";
		String chinese = runs.get(runs.size() - 2);
		boolean anyType = false;
		for (int k = Math.min(LONGEST_TYPE_CODE, chinese.length()); k >= 1; k--) {
			String type = chinese.substring(chinese.length() - k);
			if (!typeCodes.contains(type)) {
				continue;
			}
			anyType = true;
			String before = chinese.substring(0, chinese.length() - k);
			if (runs.size() == 4) {
				if (before.isEmpty() || specialCodes.contains(before)) {
					return new CaseNumber(Integer.parseInt(year), runs.get(0) + courtDigits,
							before.isEmpty() ? null : before, type, number);
				}
				continue;
			}
			if (isCourtCode(before)) {
				return new CaseNumber(Integer.parseInt(year), before, null, type, number);
			}
			for (String special : specialCodes) {
				String court = before.endsWith(special) ? before.substring(0, before.length() - special.length()) : null;
				if (court != null && isCourtCode(court)) {
					return new CaseNumber(Integer.parseInt(year), court, special, type, number);
				}
			}
		}
		if (!anyType) {
			throw invalid("validation.case-number.type-code", chinese);
		}
		throw invalid("validation.case-number.court-code",
				runs.size() == 4 ? runs.get(0) + courtDigits + "…" : chinese);
	}

	/** The normalised, stored form, e.g. {@code （2026）吉0102民初123号}. */
	public String format() {
		return "（" + year + "）" + courtCode + (specialCode == null ? "" : specialCode) + typeCode + number + "号";
	}

	/** 专门审判代字 + 类型代字: the key numbers run under within a court and year (art. 9 as amended). */
	public String numberingType() {
		return (specialCode == null ? "" : specialCode) + typeCode;
	}

	@Override
	public String toString() {
		return format();
	}

	private static int firstOf(String s, char fullWidth, char halfWidth) {
		int full = s.indexOf(fullWidth);
		int half = s.indexOf(halfWidth);
		return full < 0 ? half : half < 0 ? full : Math.min(full, half);
	}

	private static boolean isCourtCode(String code) {
		return COURT_CODE.matcher(code).matches();
	}

	private static boolean isDigits(String run) {
		return run.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	/** Splits into alternating runs of Chinese characters and ASCII digits; {@literal null} on anything else. */
	private static List<String> runs(String body) {
		List<String> runs = new ArrayList<>();
		int i = 0;
		while (i < body.length()) {
			char c = body.charAt(i);
			boolean digit = c >= '0' && c <= '9';
			if (!digit && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
				return null;
			}
			int j = i;
			while (j < body.length() && isDigitChar(body.charAt(j)) == digit
					&& (digit || Character.UnicodeScript.of(body.charAt(j)) == Character.UnicodeScript.HAN)) {
				j++;
			}
			runs.add(body.substring(i, j));
			i = j;
		}
		if (!runs.isEmpty() && !isDigits(runs.get(0)) && runs.size() % 2 == 0) {
			return runs;
		}
		return null;
	}

	private static boolean isDigitChar(char c) {
		return c >= '0' && c <= '9';
	}

	private static DomainException invalid(String messageKey, Object value) {
		return DomainException.invalid("invalid-case-number", "problem.invalid-case-number.detail",
				List.of(new FieldProblem(FIELD, "invalid", messageKey, List.of(String.valueOf(value)))));
	}
}
