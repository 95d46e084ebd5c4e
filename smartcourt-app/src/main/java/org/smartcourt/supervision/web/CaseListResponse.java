package org.smartcourt.supervision.web;

import java.util.List;

import org.smartcourt.supervision.internal.DrillDown;
import org.smartcourt.supervision.internal.TrialStatistics;

/**
 * The cases behind a number: {@code total} is the number itself, which the list adds up to across its pages;
 * {@code next} is the {@code after} of the next page, or {@literal null} on the last.
 */
record CaseListResponse(String scope, String period, String measure, String name, String when, long total,
		List<CaseRowView> cases, String next) {

	static CaseListResponse of(TrialStatistics.CaseList list) {
		DrillDown.Cursor next = list.page().next();
		return new CaseListResponse(list.scope().label(), list.period().text(), list.measure().id(),
				list.measure().name(), list.when().name(), list.total(),
				list.page().rows().stream().map(r -> CaseRowView.of(r, list.measure(), list.when(), list.period())).toList(),
				next == null ? null : cursorText(next));
	}

	/**
	 * {@code day_case_listed} for a flow, {@code day_registered_case_listed} for a stock ({@code pending} for a
	 * pending case's day); {@code listed} is how many cases the pages before showed.
	 */
	static String cursorText(DrillDown.Cursor c) {
		String day = c.date() == java.time.LocalDate.MAX ? "pending" : c.date().toString();
		return day + "_" + (c.registeredOn() == null ? "" : c.registeredOn() + "_") + c.caseId() + "_" + c.listed();
	}

	static DrillDown.Cursor cursor(String after) {
		if (after == null || after.isBlank()) {
			return null;
		}
		String[] parts = after.split("_");
		try {
			java.time.LocalDate day = parts[0].equals("pending") ? java.time.LocalDate.MAX
					: java.time.LocalDate.parse(parts[0]);
			long listed = Long.parseLong(parts[parts.length - 1]);
			return parts.length == 4
					? new DrillDown.Cursor(day, java.time.LocalDate.parse(parts[1]), java.util.UUID.fromString(parts[2]),
							listed)
					: new DrillDown.Cursor(day, null, java.util.UUID.fromString(parts[1]), listed);
		}
		catch (RuntimeException ex) {
			throw new org.smartcourt.shared.DomainException(org.smartcourt.shared.DomainException.Kind.INVALID_INPUT,
					"invalid-cursor", "problem.invalid-cursor.detail",
					List.of(new org.smartcourt.shared.DomainException.FieldProblem("after", "invalid-cursor",
							"validation.supervision.after")));
		}
	}
}
