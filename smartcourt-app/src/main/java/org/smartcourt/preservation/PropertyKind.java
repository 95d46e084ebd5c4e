package org.smartcourt.preservation;

import org.smartcourt.deadlines.RuleId;

/**
 * The kinds of property a measure reaches, each with the measure it usually takes and the longest period of one
 * measure (民诉解释第四百八十五条第一款, applied to preservation by 第一百五十六条): deposits one year, movables two years, real
 * estate and other property rights three years.
 */
public enum PropertyKind {

	/** 银行存款: frozen for at most one year; the amount must be stated (保全规定第十五条). */
	DEPOSIT(MeasureKind.FREEZE, "preservation-deposit-freeze"),
	/** 机动车: a movable, seized for at most two years. */
	VEHICLE(MeasureKind.SEIZURE, "preservation-movable-seizure"),
	/** 不动产: seized for at most three years. */
	REAL_ESTATE(MeasureKind.SEIZURE, "preservation-real-property-seizure"),
	/** 股权: an other property right, frozen for at most three years. */
	EQUITY(MeasureKind.FREEZE, "preservation-real-property-seizure"),
	/** 其他财产权 (债权、知识产权…): frozen for at most three years. */
	OTHER_RIGHT(MeasureKind.FREEZE, "preservation-real-property-seizure"),
	/** 其他动产: attached (扣押) for at most two years. */
	MOVABLE(MeasureKind.ATTACHMENT, "preservation-movable-seizure");

	private final MeasureKind usualMeasure;
	private final String periodRule;

	PropertyKind(MeasureKind usualMeasure, String periodRule) {
		this.usualMeasure = usualMeasure;
		this.periodRule = periodRule;
	}

	public MeasureKind usualMeasure() {
		return usualMeasure;
	}

	/** The rule of the deadlines engine giving one measure's longest period. */
	public RuleId periodRule() {
		return RuleId.of(periodRule);
	}

	public String labelKey() {
		return "preservation.property." + name();
	}
}
