package org.smartcourt.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * 案件类别: the four-digit group codes of 《人民法院案件类型及其代字标准》 (domain-rules §1.5, codes ending in 00). A
 * judge is assigned the categories they may hear; the full catalogue of case types and 类型代字 belongs to a later
 * module and refines these groups.
 */
public enum CaseCategory {

	/** 管辖. */
	JURISDICTION("0100"),
	/** 刑事. */
	CRIMINAL("0200"),
	/** 民事. */
	CIVIL("0300"),
	/** 行政. */
	ADMINISTRATIVE("0400"),
	/** 国家赔偿与司法救助. */
	STATE_COMPENSATION("0500"),
	/** 区际司法协助. */
	INTERREGIONAL_ASSISTANCE("0600"),
	/** 国际司法协助. */
	INTERNATIONAL_ASSISTANCE("0700"),
	/** 司法制裁. */
	JUDICIAL_SANCTION("0800"),
	/** 非诉保全审查. */
	PRESERVATION("0900"),
	/** 执行. */
	ENFORCEMENT("1000"),
	/** 强制清算与破产. */
	LIQUIDATION_AND_BANKRUPTCY("1100");

	private final String code;

	CaseCategory(String code) {
		this.code = code;
	}

	/** The four-digit 案件类型代码 of the group, e.g. {@code 0300}. */
	public String code() {
		return code;
	}

	/** The message key of the Chinese name. */
	public String labelKey() {
		return "org.case-category." + code;
	}

	public static Optional<CaseCategory> fromCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}
}
