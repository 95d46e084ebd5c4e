package org.smartcourt.cases;

/**
 * 审理程序: the procedure a case is heard or handled under. It decides the trial period (审限) and who may hear the
 * case; the 类型代字 alone does not (a 民初 case may run under 普通, 简易 or 小额 procedure).
 */
public enum Procedure {

	/** 普通程序 (民诉法 arts. 152 ff., 刑诉法 art. 208, 行诉法 art. 81). */
	ORDINARY,
	/** 简易程序 (民诉法 art. 164, 刑诉法 art. 220, 行诉法 art. 83). */
	SIMPLIFIED,
	/** 小额诉讼程序 (民诉法 art. 168). */
	SMALL_CLAIMS,
	/** 速裁程序 (刑诉法 art. 225). */
	EXPEDITED,
	/** 特别程序 (民诉法 ch. 15). */
	SPECIAL,
	/** 第二审程序. */
	SECOND_INSTANCE,
	/** 审判监督程序 (再审审查与再审). */
	RETRIAL,
	/** 执行程序. */
	ENFORCEMENT,
	/** 非诉执行 (非诉行政行为等的申请执行). */
	NON_LITIGATION_ENFORCEMENT,
	/** 其他 (管辖、保全审查、司法协助、司法救助等). */
	OTHER;

	/** The message key of the Chinese name. */
	public String labelKey() {
		return "case.procedure." + name();
	}
}
