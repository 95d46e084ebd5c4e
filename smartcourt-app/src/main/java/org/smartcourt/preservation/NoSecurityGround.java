package org.smartcourt.preservation;

/**
 * 可以不要求提供担保的情形: 《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第九条, one constant per item of 第一款 and one for 第二款, with its
 * text. They apply to 诉讼保全 and 执行前保全 only: 《民事诉讼法》第一百零四条 makes security mandatory before suit.
 */
public enum NoSecurityGround {

	/** 第（一）项. */
	MAINTENANCE_CLAIM("（一）", "追索赡养费、扶养费、抚育费、抚恤金、医疗费用、劳动报酬、工伤赔偿、交通事故人身损害赔偿的"),
	/** 第（二）项. */
	DOMESTIC_VIOLENCE_HARDSHIP("（二）", "婚姻家庭纠纷案件中遭遇家庭暴力且经济困难的"),
	/** 第（三）项. */
	PROCURATORATE_PUBLIC_INTEREST("（三）", "人民检察院提起的公益诉讼涉及损害赔偿的"),
	/** 第（四）项. */
	GOOD_SAMARITAN("（四）", "因见义勇为遭受侵害请求损害赔偿的"),
	/** 第（五）项. */
	CLEAR_FACTS_LOW_RISK("（五）", "案件事实清楚、权利义务关系明确，发生保全错误可能性较小的"),
	/** 第（六）项. */
	FINANCIAL_INSTITUTION("（六）", "申请保全人为商业银行、保险公司等由金融监管部门批准设立的具有独立偿付债务能力的金融机构及其分支机构的"),
	/** 第二款 (not an item of the list); it is the ground of every 执行前保全. */
	AFTER_JUDGMENT("", "法律文书生效后，进入执行程序前，债权人申请财产保全的");

	private final String item;
	private final String text;

	NoSecurityGround(String item, String text) {
		this.item = item;
		this.text = text;
	}

	/** The item's number, e.g. （六）; empty for 第二款. */
	public String item() {
		return item;
	}

	/** The item's text as the rule words it. */
	public String text() {
		return text;
	}

	/** 《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第九条第一款第（六）项 or 第九条第二款. */
	public String citation() {
		String rule = "《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第九条";
		return item.isEmpty() ? rule + "第二款" : rule + "第一款第" + item + "项";
	}
}
