package org.smartcourt.mediation;

/** 繁简分流 track: where a civil dispute is suggested to go. */
public enum Track {
	/** 诉前调解 (委派调解, 《人民法院在线调解规则》 arts. 10, 24). */
	PRE_SUIT_MEDIATION,
	/** 小额诉讼程序 (民诉法 arts. 165–166). */
	SMALL_CLAIMS,
	/** 简易程序 (民诉法 art. 160; 2019 延长审限规定 art. 4). */
	SIMPLE,
	/** 普通程序. */
	ORDINARY;

	public String labelKey() {
		return "mediation.track." + name();
	}
}
