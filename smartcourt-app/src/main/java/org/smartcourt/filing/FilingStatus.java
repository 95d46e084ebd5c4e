package org.smartcourt.filing;

/** Where a filing application stands. */
public enum FilingStatus {
	/** 草稿: being written by the filer. */
	DRAFT,
	/** 待协作法院转交: a cross-domain filing received by the cooperating court, not yet forwarded. */
	AWAITING_FORWARD,
	/** 待审查: with the filing clerks of the court with jurisdiction; the decision period runs. */
	SUBMITTED,
	/** 待补正: the court asked, once and completely, for corrections. */
	CORRECTION_REQUESTED,
	/** 已立案. */
	ACCEPTED,
	/** 不予受理/不予立案. */
	REFUSED,
	/** 已撤回 by the filer before a decision. */
	WITHDRAWN,
	/**
	 * 诉前调解中: diverted with the applicant's consent to pre-suit mediation (委派调解); the decision period stands
	 * still and the filing is not in the registration queue until the mediation ends.
	 */
	IN_PRE_SUIT_MEDIATION,
	/** 诉前调解成功: the dispute was settled before filing (《人民法院在线调解规则》 art. 20); not registered as 民初. */
	MEDIATED;

	/** Whether the filer may still change the application. */
	public boolean isEditable() {
		return this == DRAFT || this == CORRECTION_REQUESTED;
	}

	public boolean isDecided() {
		return this == ACCEPTED || this == REFUSED || this == WITHDRAWN || this == MEDIATED;
	}
}
