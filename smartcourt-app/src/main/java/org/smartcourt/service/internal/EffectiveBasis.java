package org.smartcourt.service.internal;

/** Why service took effect on its day: the rule applied, with the articles it rests on. */
public enum EffectiveBasis {
	/** An address the recipient provided or confirmed: the day the court's system shows 发送成功. */
	CONFIRMED_ADDRESS_REACHED("《民事诉讼法》第九十条第二款；《民诉解释》第一百三十五条第二款；《人民法院在线诉讼规则》第三十一条第一款"),
	/** The recipient proved that the message reached their system on another day. */
	PROVEN_ARRIVAL("《民诉解释》第一百三十五条第二款但书"),
	/** An address not confirmed but shown to be the recipient's: they replied 收悉 or acted on the content. */
	ACKNOWLEDGED("《人民法院在线诉讼规则》第三十一条第二款第（一）项"),
	/** An address not confirmed but shown to be the recipient's: their system reported 已阅知 (a presumption). */
	READ("《人民法院在线诉讼规则》第三十一条第二款第（二）项"),
	/** 邮寄送达: the day of receipt on the return receipt. */
	POSTAL_RECEIPT("《民事诉讼法》第九十一条"),
	/** 直接送达: the day the recipient signed the 送达回证. */
	SIGNED("《民事诉讼法》第八十七条、第八十八条"),
	/** 留置送达: the day the document was left at the residence. */
	LEFT_AT_RESIDENCE("《民事诉讼法》第八十九条"),
	/** 委托送达: the day the recipient signed for the entrusted court. */
	ENTRUSTED("《民事诉讼法》第九十一条；《民诉解释》第一百三十四条"),
	/** 转交送达: the day the recipient signed for the forwarding body. */
	FORWARDED("《民事诉讼法》第九十四条"),
	/** 公告送达: thirty days after publication. */
	PUBLICATION("《民事诉讼法》第九十五条"),
	/** 公告送达 on a party without a domicile in China: sixty days after publication. */
	PUBLICATION_ABROAD("《民事诉讼法》第二百八十三条第二款");

	private final String citation;

	EffectiveBasis(String citation) {
		this.citation = citation;
	}

	/** The articles, for the trail and the 电子送达凭证. */
	public String citation() {
		return citation;
	}

	public String labelKey() {
		return "service.rule." + name();
	}
}
