package org.smartcourt.preservation;

/** When the preservation is asked for; it decides the security and the ruling clock. */
public enum PreservationKind {

	/** 诉前保全 (《民事诉讼法》第一百零四条): a 财保 case; security always; ruling within 48 hours. */
	PRE_SUIT,
	/** 诉讼保全 (《民事诉讼法》第一百零三条): on a registered case; the court may require security of at most 30%. */
	IN_LITIGATION,
	/**
	 * 执行前保全 (《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第九条第二款; 民诉解释第一百六十三条): after the judgment
	 * takes effect and before enforcement is applied for; no security.
	 */
	PRE_ENFORCEMENT;

	public String labelKey() {
		return "preservation.kind." + name();
	}
}
