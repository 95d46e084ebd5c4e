package org.smartcourt.organization;

/** 职务: the position a person holds at a court. Only positions that sit on cases may be assigned case categories. */
public enum Position {
	/** 院长. */
	PRESIDENT(true),
	/** 副院长. */
	VICE_PRESIDENT(true),
	/** 庭长. */
	DIVISION_HEAD(true),
	/** 副庭长. */
	DEPUTY_DIVISION_HEAD(true),
	/** 法官 (员额法官). */
	JUDGE(true),
	/** 法官助理. */
	ASSISTANT(false),
	/** 书记员. */
	CLERK(false),
	/**
	 * 人民陪审员: sits on collegial panels case by case, chosen at random (人民陪审员法 art. 19), so no standing case
	 * categories.
	 */
	PEOPLES_ASSESSOR(false),
	/** 执行员. */
	ENFORCEMENT_OFFICER(false),
	/** 司法警察. */
	JUDICIAL_POLICE(false),
	/** 调解员. */
	MEDIATOR(false),
	/** 司法技术人员、信息技术人员. */
	TECHNICIAN(false),
	/** 行政人员. */
	ADMINISTRATOR(false);

	private final boolean hearsCases;

	Position(boolean hearsCases) {
		this.hearsCases = hearsCases;
	}

	/** Whether holders are judges (员额法官) who may be assigned case categories to hear. */
	public boolean hearsCases() {
		return hearsCases;
	}

	public String labelKey() {
		return "org.position." + name();
	}
}
