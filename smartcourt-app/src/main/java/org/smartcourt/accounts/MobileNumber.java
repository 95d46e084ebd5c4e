package org.smartcourt.accounts;

import java.util.List;
import java.util.regex.Pattern;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * 手机号码 in mainland China: 11 digits starting with 13 to 19. Spaces, hyphens and a leading {@code +86} or
 * {@code 86} are dropped when parsing.
 */
public record MobileNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("1[3-9]\\d{9}");

	public MobileNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid mobile number");
		}
	}

	public static MobileNumber parse(String text) {
		return parse(text, "mobile");
	}

	/** @throws DomainException {@code INVALID_INPUT} with a Chinese message for the given field. */
	public static MobileNumber parse(String text, String field) {
		String normalised = normalise(text);
		if (!FORMAT.matcher(normalised).matches()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem(field, "format", "validation.mobile.format")));
		}
		return new MobileNumber(normalised);
	}

	public static boolean isValid(String text) {
		return FORMAT.matcher(normalise(text)).matches();
	}

	private static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String digits = text.replaceAll("[\\s-]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("86") && digits.length() == 13) {
			digits = digits.substring(2);
		}
		return digits;
	}

	/** 138****0001. */
	public String masked() {
		return value.substring(0, 3) + "****" + value.substring(7);
	}

	@Override
	public String toString() {
		return masked();
	}
}
