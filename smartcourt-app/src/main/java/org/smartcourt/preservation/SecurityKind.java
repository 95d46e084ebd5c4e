package org.smartcourt.preservation;

/**
 * 担保的方式 (《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第六条至第八条).
 */
public enum SecurityKind {

	/** 现金 (第六条第一款: 以其财产或者现金). */
	CASH,
	/** 财产担保 (第六条第一款). */
	PROPERTY,
	/** 保证人 (第六条第二款: 第三人为保证人). */
	GUARANTEE,
	/** 财产保全责任险 (第七条: 保险人与申请保全人签订合同; insurer and policy number). */
	LIABILITY_INSURANCE,
	/** 独立保函 (第八条: 金融监管部门批准设立的金融机构). */
	BANK_GUARANTEE;

	public String labelKey() {
		return "preservation.security." + name();
	}
}
