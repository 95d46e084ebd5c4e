package org.smartcourt.supervision.internal;

/** How an indicator's value reads. */
public enum IndicatorUnit {
	/** 件. */
	CASES,
	/** A share, shown as a percentage with two decimals (85.32%). */
	PERCENT,
	/** 天, one decimal. */
	DAYS,
	/** 件/人, one decimal. */
	PER_JUDGE
}
