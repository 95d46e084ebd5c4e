package org.smartcourt.filing;

import java.util.Arrays;
import java.util.Optional;

/**
 * What can be filed online, by the case category it will be registered under (人民法院案件类型及其代字标准).
 */
public enum FilingKind {
	/** 民事一审 (民初). */
	CIVIL("0301"),
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
		return this == CIVIL || this == THIRD_PARTY_REVOCATION;
	}

	public static Optional<FilingKind> byCategory(String code) {
		return Arrays.stream(values()).filter(k -> k.categoryCode.equals(code)).findFirst();
	}
}
