package org.smartcourt.supervision.web;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.supervision.internal.Basis;
import org.smartcourt.supervision.internal.CaseFact;
import org.smartcourt.supervision.internal.DrillDown;
import org.smartcourt.supervision.internal.Indicator;
import org.smartcourt.supervision.internal.Measure;
import org.smartcourt.supervision.Period;

/**
 * One case behind a number, with why it counts in words: the dates that put it in the period or the stock, and
 * the measure's condition.
 */
record CaseRowView(UUID caseId, String caseNumber, String title, String judge, LocalDate registeredOn,
		LocalDate closedOn, String methodCode, String procedure, LocalDate dueOn, long value, String why) {

	static CaseRowView of(DrillDown.Row row, Measure measure, Indicator.When when, Period period) {
		CaseFact f = row.fact();
		StringBuilder why = new StringBuilder();
		why.append("立案于").append(f.registeredOn());
		if (measure.basis() == Basis.CLOSED) {
			why.append("，结案于").append(f.closedOn());
		}
		else if (measure.basis().stock()) {
			LocalDate day = when == Indicator.When.START ? period.dayBefore() : period.lastDay();
			why.append("，至").append(day).append("未结");
			if (measure.basis() == Basis.PENDING_OVER) {
				why.append("（已逾").append(measure.months()).append("个月）");
			}
		}
		why.append("；").append(measure.explain());
		if (measure.summed()) {
			why.append("；计").append(row.value());
		}
		why.append("。");
		return new CaseRowView(f.caseId(), f.caseNumber(), f.title(), f.judgeName(), f.registeredOn(), f.closedOn(),
				f.methodCode(), f.procedure(), f.dueOn(), row.value(), why.toString());
	}
}
