package org.smartcourt.accounts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * 公民身份号码 (GB 11643-1999): six digits 地址码, eight digits 出生日期码, three digits 顺序码 and one 校验码
 * (ISO 7064 MOD 11-2, {@code X} standing for ten). A parsed number has a valid check character and a real birth
 * date not in the future; a lower-case {@code x} is normalised to {@code X}.
 * <p>
 * The full number is needed for real-name checks, so {@link #value()} returns it; show people only {@link #masked()}.
 * {@link #toString()} is masked too, so that logging a number never leaks it.
 */
public final class ResidentIdNumber {

	private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9X]");
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK_CHARS = "10X98765432";
	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
	private static final String DEFAULT_FIELD = "idNumber";

	private final String value;

	private ResidentIdNumber(String value) {
		this.value = value;
	}

	/** Parses a number for the input field {@code idNumber}. */
	public static ResidentIdNumber parse(String text) {
		return parse(text, DEFAULT_FIELD);
	}

	/**
	 * @param field the input field named in the error.
	 * @throws DomainException {@code INVALID_INPUT} with a Chinese field message when the number is malformed.
	 */
	public static ResidentIdNumber parse(String text, String field) {
		String normalised = text == null ? "" : text.trim().toUpperCase();
		String problem = problem(normalised);
		if (problem != null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem(field, problem, "validation.id-number." + problem)));
		}
		return new ResidentIdNumber(normalised);
	}

	public static boolean isValid(String text) {
		return text != null && problem(text.trim().toUpperCase()) == null;
	}

	/** The 校验码 for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS.charAt(sum % 11);
	}

	private static String problem(String s) {
		if (!FORMAT.matcher(s).matches()) {
			return "format";
		}
		LocalDate birth = birthDate(s);
		if (birth == null || birth.getYear() < 1850 || birth.isAfter(LocalDate.now(COURT_ZONE))) {
			return "birth-date";
		}
		return checkCharacter(s) == s.charAt(17) ? null : "checksum";
	}

	private static LocalDate birthDate(String s) {
		try {
			return LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
					Integer.parseInt(s.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The full 18-character number, for storage and real-name checks only. */
	public String value() {
		return value;
	}

	public LocalDate birthDate() {
		return birthDate(value);
	}

	/** 2201**********123X: the region and the last four, as on court documents served to others. */
	public String masked() {
		return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ResidentIdNumber that && that.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}
}
