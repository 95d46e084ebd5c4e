package org.smartcourt.filing;

/** 当事人类型. */
public enum PartyType {
	/** 自然人. */
	NATURAL_PERSON,
	/** 法人. */
	LEGAL_PERSON,
	/** 非法人组织. */
	ORGANIZATION
}
