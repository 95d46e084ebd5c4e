package org.smartcourt.mediation;

/** Before or after filing. */
public enum MediationKind {
	/** 诉前调解 (立案前委派调解): 30 days (《人民法院在线调解规则》 art. 24 para 1). */
	PRE_SUIT,
	/** 立案后委托调解: 15 days (普通程序) or 7 days (简易程序), the extended part excluded from the 审限 (art. 24). */
	ENTRUSTED;

	public String labelKey() {
		return "mediation.kind." + name();
	}
}
