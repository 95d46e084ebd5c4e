package org.smartcourt.filing;

import java.util.Arrays;
import java.util.Optional;

/**
 * What can be filed online, by the case category it will be registered under (人民法院案件类型及其代字标准).
 */
public enum FilingKind {
	/** 民事一审 (民初). */
	CIVIL("0301"),
	/** 民事二审 (民终): an appeal (上诉) against a first-instance civil judgment or ruling, filed with the court above. */
	CIVIL_APPEAL("0302"),
	/** 第三人撤销之诉 (民撤). */
	THIRD_PARTY_REVOCATION("0308"),
	/** 行政一审 (行初). */
	ADMINISTRATIVE("0401"),
	/** 刑事自诉 (刑初). */
	PRIVATE_PROSECUTION("0201");

	private final String categoryCode;

	FilingKind(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	/** The 4-digit case category a case of this kind is registered under. */
	public String categoryCode() {
		return categoryCode;
	}

	public boolean isCivil() {
		return this == CIVIL || this == CIVIL_APPEAL || this == THIRD_PARTY_REVOCATION;
	}

	/** Whether it asks a higher court to review an earlier case, which the content then names. */
	public boolean isAppeal() {
		return this == CIVIL_APPEAL;
	}

	public static Optional<FilingKind> byCategory(String code) {
		return Arrays.stream(values()).filter(k -> k.categoryCode.equals(code)).findFirst();
	}
}
