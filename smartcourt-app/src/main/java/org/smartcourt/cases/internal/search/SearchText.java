package org.smartcourt.cases.internal.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.smartcourt.shared.DomainException;

/**
 * A search text read as one of the {@link SearchKind}s. A 案号 is recognised by its opening bracket with the year
 * (法〔2015〕137号 art. 2); an identity number by the shape of the 18-digit 公民身份号码 (GB 11643) or the 18-character
 * 统一社会信用代码 (GB 32100); anything else is the beginning of a party's name.
 */
record SearchText(SearchKind kind, String value) {

	static final int MIN_NAME = 2;
	static final int MAX_LENGTH = 64;

	private static final Pattern CASE_NUMBER = Pattern.compile("^[（(]\\s*\\d{4}\\s*[）)].*");
	private static final Pattern RESIDENT_ID = Pattern.compile("^\\d{17}[\\dX]$");
	private static final Pattern CREDIT_CODE = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");

	static SearchText of(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.codePointCount(0, trimmed.length()) < MIN_NAME || trimmed.length() > MAX_LENGTH) {
			throw invalid();
		}
		if (CASE_NUMBER.matcher(trimmed).matches()) {
			return new SearchText(SearchKind.CASE_NUMBER, trimmed);
		}
		String upper = trimmed.toUpperCase(Locale.ROOT);
		if (RESIDENT_ID.matcher(upper).matches() || CREDIT_CODE.matcher(upper).matches()) {
			return new SearchText(SearchKind.ID_NUMBER, upper);
		}
		return new SearchText(SearchKind.PARTY_NAME, trimmed);
	}

	/** The text as the audit log keeps it: an identity number with its middle hidden (个人信息保护法 art. 51). */
	String forAudit() {
		if (kind != SearchKind.ID_NUMBER) {
			return kind + " " + value;
		}
		return kind + " " + value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
	}

	/** The smallest string above every name that starts with this text, for a range scan of the name index. */
	String prefixUpperBound() {
		int last = value.offsetByCodePoints(value.length(), -1);
		return value.substring(0, last) + new String(Character.toChars(value.codePointAt(last) + 1));
	}

	private static DomainException invalid() {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new DomainException.FieldProblem("q", "invalid", "validation.case.search.q")));
	}
}
