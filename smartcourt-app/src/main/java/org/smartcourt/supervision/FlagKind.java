package org.smartcourt.supervision;

/**
 * Why a case is under supervision: the four kinds of 法发〔2021〕30号 art. 2 and the local triggers Jilin's courts use
 * (as in 青岛中院's implementing rules, domain-rules §12). Some are raised by rule from the case's facts; all can be
 * raised by hand with a reason.
 */
public enum FlagKind {
	/** 重大、疑难、复杂、敏感 (art. 2(1), art. 3). */
	MAJOR_COMPLEX("重大、疑难、复杂、敏感", "法发〔2021〕30号第二条第（一）项、第三条", false),
	/** 涉及群体性纠纷或者引发社会广泛关注 (art. 2(2), art. 4); by rule at 10 or more parties. */
	GROUP_OR_PUBLIC("群体性纠纷或社会广泛关注", "法发〔2021〕30号第二条第（二）项、第四条", true),
	/** 与类案裁判可能发生冲突 (art. 2(3)). */
	SIMILAR_CASE_CONFLICT("可能与类案裁判冲突", "法发〔2021〕30号第二条第（三）项", false),
	/** 反映法官有违法审判行为 (art. 2(4)). */
	MISCONDUCT_REPORT("反映法官有违法审判行为", "法发〔2021〕30号第二条第（四）项", false),
	/** 超12个月未结 (local trigger). */
	LONG_PENDING("超12个月未结", "本省监督管理规则（长期未结案件）", true),
	/** 刑事被告人羁押超过3年 (久押不决; local trigger). */
	LONG_DETENTION("久押不决（羁押超过3年）", "本省监督管理规则（久押不决案件）", false),
	/** 指定分案 (local trigger). */
	DESIGNATED_ASSIGNMENT("指定分案", "本省监督管理规则（指定分案案件）", true),
	/** 多次延期开庭 (local trigger). */
	REPEATED_ADJOURNMENT("多次延期开庭", "本省监督管理规则（多次延期开庭）", true),
	/** 延长审限 (local trigger). */
	EXTENDED("延长审限", "法释〔2000〕29号；本省监督管理规则", true);

	private final String label;
	private final String citation;
	private final boolean byRule;

	FlagKind(String label, String citation, boolean byRule) {
		this.label = label;
		this.citation = citation;
		this.byRule = byRule;
	}

	public String label() {
		return label;
	}

	public String citation() {
		return citation;
	}

	/** Whether a rule raises it from the case's facts (it can always be raised by hand too). */
	public boolean byRule() {
		return byRule;
	}

	/** One of the four kinds of 法发〔2021〕30号 art. 2, as opposed to a local trigger. */
	public boolean fourKinds() {
		return ordinal() <= MISCONDUCT_REPORT.ordinal();
	}
}
