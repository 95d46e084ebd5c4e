package org.smartcourt.preservation;

/**
 * Why a preservation is lifted: the six cases of 《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第二十三条第一款, in which the
 * applicant must apply to lift, and counter-security by the respondent (《民事诉讼法》第一百零七条).
 */
public enum LiftGround {

	/** 第（一）项. */
	NO_SUIT_IN_TIME("第二十三条第一款第（一）项：采取诉前财产保全措施后三十日内不依法提起诉讼或者申请仲裁的"),
	/** 第（二）项. */
	ARBITRATION_NOT_ACCEPTED("第二十三条第一款第（二）项：仲裁机构不予受理仲裁申请、准许撤回仲裁申请或者按撤回仲裁申请处理的"),
	/** 第（三）项. */
	ARBITRATION_CLAIM_DISMISSED("第二十三条第一款第（三）项：仲裁申请或者请求被仲裁裁决驳回的"),
	/** 第（四）项. */
	SUIT_NOT_ACCEPTED("第二十三条第一款第（四）项：其他人民法院对起诉不予受理、准许撤诉或者按撤诉处理的"),
	/** 第（五）项. */
	CLAIM_DISMISSED("第二十三条第一款第（五）项：起诉或者诉讼请求被其他人民法院生效裁判驳回的"),
	/** 第（六）项. */
	OTHER("第二十三条第一款第（六）项：申请保全人应当申请解除保全的其他情形"),
	/** 《民事诉讼法》第一百零七条. */
	COUNTER_SECURITY("《民事诉讼法》第一百零七条：财产纠纷案件，被申请人提供担保的，人民法院应当裁定解除保全");

	private final String text;

	LiftGround(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}

	public String labelKey() {
		return "preservation.lift." + name();
	}
}
