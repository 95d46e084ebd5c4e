package org.smartcourt.accounts;

import java.util.List;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * 统一社会信用代码 (GB 32100-2015) of a legal person or other organization: 18 characters from
 * {@code 0-9A-Z} without I, O, Z, S and V: 登记管理部门码, 机构类别码, 登记管理机关行政区划码, 主体标识码 (组织机构代码) and a
 * 校验码 computed with weights 3^i mod 31. Lower-case letters are normalised to upper case.
 */
public record UnifiedSocialCreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	private static final String DEFAULT_FIELD = "creditCode";

	public UnifiedSocialCreditCode {
		if (problem(value) != null) {
			throw new IllegalArgumentException("invalid unified social credit code");
		}
	}

	public static UnifiedSocialCreditCode parse(String text) {
		return parse(text, DEFAULT_FIELD);
	}

	/** @throws DomainException {@code INVALID_INPUT} with a Chinese message for the given field. */
	public static UnifiedSocialCreditCode parse(String text, String field) {
		String normalised = text == null ? "" : text.trim().toUpperCase();
		String problem = problem(normalised);
		if (problem != null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem(field, problem, "validation.credit-code." + problem)));
		}
		return new UnifiedSocialCreditCode(normalised);
	}

	public static boolean isValid(String text) {
		return text != null && problem(text.trim().toUpperCase()) == null;
	}

	/** The 校验码 for the first 17 characters, which must come from the code's alphabet. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

	private static String problem(String s) {
		if (s == null || s.length() != 18) {
			return "format";
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(s.charAt(i)) < 0) {
				return "format";
			}
		}
		return checkCharacter(s) == s.charAt(17) ? null : "checksum";
	}

	public String masked() {
		return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
	}

	@Override
	public String toString() {
		return value;
	}
}
