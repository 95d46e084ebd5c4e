package org.smartcourt.cases.internal.closing;

/**
 * 送达方式 (民诉法 arts. 88–95), each with the day that counts when the closing date depends on service (2000 rule
 * art. 10; for 电子送达 民诉法 art. 90 and 民诉解释 art. 135).
 */
public enum ServiceMethod {
	/** 直接送达: the day the recipient signed the 送达回证. */
	PERSONAL,
	/** 留置送达: the day the document was left at the residence. */
	LEFT_AT_RESIDENCE,
	/** 邮寄送达: for the closing date, the day it was handed to the post office. */
	POSTAL,
	/** 电子送达: the day it reached the recipient's designated system. */
	ELECTRONIC,
	/** 公告送达: the day the notice was published (it takes effect 30 days later, 民诉法 art. 95). */
	PUBLICATION,
	/** 转交送达: the signature date on the receipt. */
	FORWARDED,
	/** 委托送达: the day the recipient signed. */
	ENTRUSTED;

	public String labelKey() {
		return "closing.service.method." + name();
	}

	/** The name of the date that counts, for forms and lists. */
	public String dateLabelKey() {
		return "closing.service.date." + name();
	}
}
