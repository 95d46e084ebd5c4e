package org.smartcourt.mediation;

/** 专业调解 rosters of 《人民法院在线调解规则》 art. 28, plus general civil and commercial disputes. */
public enum Specialty {
	/** 婚姻家庭. */
	MARRIAGE_FAMILY,
	/** 劳动争议. */
	LABOUR,
	/** 道路交通. */
	ROAD_TRAFFIC,
	/** 金融消费. */
	FINANCIAL_CONSUMER,
	/** 证券期货. */
	SECURITIES_FUTURES,
	/** 知识产权. */
	INTELLECTUAL_PROPERTY,
	/** 海事海商. */
	MARITIME,
	/** 国际商事. */
	INTERNATIONAL_COMMERCIAL,
	/** 涉港澳台侨. */
	HK_MACAO_TAIWAN_OVERSEAS,
	/** 一般民商事. */
	GENERAL;

	public String labelKey() {
		return "mediation.specialty." + name();
	}
}
