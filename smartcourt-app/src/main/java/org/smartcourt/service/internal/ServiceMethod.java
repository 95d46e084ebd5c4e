package org.smartcourt.service.internal;

/** 送达方式 (民诉法 arts. 87–95). The names are those of the case's service records. */
public enum ServiceMethod {
	/** 电子送达 (民诉法 art. 90). */
	ELECTRONIC,
	/** 邮寄送达 (民诉法 art. 91). */
	POSTAL,
	/** 直接送达 (民诉法 arts. 87–88). */
	PERSONAL,
	/** 留置送达 (民诉法 art. 89). */
	LEFT_AT_RESIDENCE,
	/** 委托送达 (民诉法 art. 91, 民诉解释 art. 134). */
	ENTRUSTED,
	/** 转交送达 (民诉法 arts. 92–94). */
	FORWARDED,
	/** 公告送达 (民诉法 arts. 95, 283). */
	PUBLICATION;

	public String labelKey() {
		return "service.method." + name();
	}
}
