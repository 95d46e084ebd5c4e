package org.smartcourt.appraisal.internal;

import java.util.Map;

/** 诉讼地位 in Chinese, for texts stored with a draw. */
final class SideNames {

	private static final Map<String, String> NAMES = Map.of("PLAINTIFF", "原告", "DEFENDANT", "被告", "THIRD_PARTY",
			"第三人", "APPELLANT", "上诉人", "APPELLEE", "被上诉人", "APPLICANT", "申请人", "RESPONDENT", "被申请人");

	private SideNames() {
	}

	static String of(String side) {
		return side == null ? "当事人" : NAMES.getOrDefault(side, "当事人");
	}
}
