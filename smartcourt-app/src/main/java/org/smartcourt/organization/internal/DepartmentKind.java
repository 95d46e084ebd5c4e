package org.smartcourt.organization.internal;

/** What a 庭室 does; the name (民事审判第一庭 …) is the court's own. */
public enum DepartmentKind {
	/** 立案庭 / 诉讼服务中心. */
	FILING,
	/** 审判庭 (民事、刑事、行政 …). */
	TRIAL,
	/** 执行局. */
	ENFORCEMENT,
	/** 审判管理办公室. */
	TRIAL_MANAGEMENT,
	/** 技术处 / 信息技术部门. */
	TECHNOLOGY,
	/** 办公室、政治部等综合部门. */
	ADMINISTRATION,
	/** 其他. */
	OTHER;

	public String labelKey() {
		return "org.department-kind." + name();
	}
}
