package org.smartcourt.organization;

/** 法院层级. */
public enum CourtLevel {
	/** 最高人民法院. */
	SUPREME,
	/** 高级人民法院. */
	HIGH,
	/** 中级人民法院 (including special intermediate courts). */
	INTERMEDIATE,
	/** 基层人民法院. */
	BASIC,
	/** 人民法庭 (dispatched tribunal of a basic court). */
	TRIBUNAL
}
