package org.smartcourt.cases.internal.clock;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of 扣除审限 period a judge records, each with its Chinese name (as written into the docket's {@code kind}
 * detail) and the article that excludes it. {@link #SUSPENSION} is recorded by the 中止/恢复 commands, not as an
 * exclusion.
 */
public enum ExclusionKind {

	/** 公告期间: 民诉解释 art. 243; 2000 rule art. 9(6). */
	PUBLICATION("公告", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条"),
	/** 鉴定期间. */
	APPRAISAL("鉴定", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条"),
	/** 双方当事人和解期间. */
	SETTLEMENT("和解", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条"),
	/** 处理管辖异议期间. */
	JURISDICTION_OBJECTION("管辖异议", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条"),
	/** 处理管辖争议期间. */
	JURISDICTION_DISPUTE("管辖争议", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条"),
	/** 审计、评估、资产清理: 2000 rule art. 9(8). */
	AUDIT_VALUATION("审计评估", "《最高人民法院关于严格执行案件审理期限制度的若干规定》第九条第（八）项"),
	/** 立案后延长的调解期限: 《人民法院在线调解规则》 art. 24. */
	MEDIATION_EXTENSION("调解延长", "《人民法院在线调解规则》第二十四条"),
	/** 其他依法不计入审限的期间: the judge states the article. */
	OTHER("other", ""),
	/** 中止诉讼 until resumption: 民诉法 art. 153; 2000 rule art. 9(9). */
	SUSPENSION("中止", "《中华人民共和国民事诉讼法》第一百五十三条；《最高人民法院关于严格执行案件审理期限制度的若干规定》第九条第（九）项");

	private final String label;
	private final String citation;

	ExclusionKind(String label, String citation) {
		this.label = label;
		this.citation = citation;
	}

	/** The Chinese name written into the docket ({@code other} for {@link #OTHER}). */
	public String label() {
		return label;
	}

	/** The article, or empty where the judge must state it. */
	public String citation() {
		return citation;
	}

	public String labelKey() {
		return "clock.exclusion.kind." + name();
	}

	/** The kind a docket {@code kind} detail names. */
	public static Optional<ExclusionKind> byLabel(String label) {
		return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
	}
}
