package org.smartcourt.fees;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the fee is for: the kinds of case of 《诉讼费用交纳办法》第十三条 and the applications of 第十四条. The slug is the
 * value of {@code kind} in the API.
 */
public enum CaseKind {

	/** 财产案件, 第十三条第（一）项. */
	PROPERTY("property", FeeCategory.CASE_ACCEPTANCE, true),
	/** 离婚案件, 第十三条第（二）项第1目. */
	DIVORCE("divorce", FeeCategory.CASE_ACCEPTANCE, false),
	/** 侵害人格权案件, 第十三条第（二）项第2目. */
	PERSONALITY_RIGHTS("personality", FeeCategory.CASE_ACCEPTANCE, false),
	/** 其他非财产案件, 第十三条第（二）项第3目. */
	OTHER_NON_PROPERTY("other-non-property", FeeCategory.CASE_ACCEPTANCE, false),
	/** 知识产权民事案件, 第十三条第（三）项: with an amount in dispute it pays as a property case. */
	INTELLECTUAL_PROPERTY("ip", FeeCategory.CASE_ACCEPTANCE, false),
	/** 劳动争议案件, 第十三条第（四）项. */
	LABOUR("labour", FeeCategory.CASE_ACCEPTANCE, false),
	/** 商标行政案件, 第十三条第（五）项第1目. */
	ADMINISTRATIVE_TRADEMARK("administrative-trademark", FeeCategory.CASE_ACCEPTANCE, false),
	/** 专利行政案件, 第十三条第（五）项第1目. */
	ADMINISTRATIVE_PATENT("administrative-patent", FeeCategory.CASE_ACCEPTANCE, false),
	/** 海事行政案件, 第十三条第（五）项第1目. */
	ADMINISTRATIVE_MARITIME("administrative-maritime", FeeCategory.CASE_ACCEPTANCE, false),
	/** 其他行政案件, 第十三条第（五）项第2目. */
	ADMINISTRATIVE_OTHER("administrative-other", FeeCategory.CASE_ACCEPTANCE, false),
	/** 管辖权异议不成立, 第十三条第（六）项. Not halved: it is owed for the failed objection, whatever ends the case. */
	JURISDICTION_OBJECTION("jurisdiction-objection", FeeCategory.CASE_ACCEPTANCE, false),
	/** 申请执行 (and 承认和执行外国判决、仲裁裁决), 第十四条第（一）项. */
	ENFORCEMENT("enforcement", FeeCategory.APPLICATION, false),
	/** 申请保全措施, 第十四条第（二）项. */
	PRESERVATION("preservation", FeeCategory.APPLICATION, false),
	/** 申请支付令, 第十四条第（三）项. */
	PAYMENT_ORDER("payment-order", FeeCategory.APPLICATION, true),
	/** 申请公示催告, 第十四条第（四）项. */
	PUBLIC_SUMMONS("public-summons", FeeCategory.APPLICATION, false),
	/** 申请撤销仲裁裁决或者认定仲裁协议效力, 第十四条第（五）项. */
	ARBITRATION_REVIEW("arbitration-review", FeeCategory.APPLICATION, false),
	/** 申请破产, 第十四条第（六）项. */
	BANKRUPTCY("bankruptcy", FeeCategory.APPLICATION, true);

	private final String slug;
	private final FeeCategory category;
	private final boolean amountRequired;

	CaseKind(String slug, FeeCategory category, boolean amountRequired) {
		this.slug = slug;
		this.category = category;
		this.amountRequired = amountRequired;
	}

	public String slug() {
		return slug;
	}

	public FeeCategory category() {
		return category;
	}

	/**
	 * Whether the fee cannot be computed without the amount: 诉讼请求的金额 (property, payment order) or 破产财产总额.
	 */
	public boolean amountRequired() {
		return amountRequired;
	}

	/**
	 * Whether 第十五条 (调解、撤诉) and 第十六条 (简易程序) can halve this fee: they speak of 案件受理费 only, and the
	 * fee of a failed 管辖权异议 is owed for the objection itself.
	 */
	public boolean halvable() {
		return category == FeeCategory.CASE_ACCEPTANCE && this != JURISDICTION_OBJECTION;
	}

	public String labelKey() {
		return "fees.kind." + slug;
	}

	public static Optional<CaseKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
	}
}
