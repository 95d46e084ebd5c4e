package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's trial period to compute.
 *
 * @param rule the rule at the start (e.g. {@code civil-first-simple}).
 * @param start the start event's day (立案), not counted.
 * @param events what happened since, in any order.
 * @param today the day to report the remaining days and status for.
 * @param inCustody for criminal cases, see {@link DeadlineQuery#inCustody()}.
 */
public record CaseClockQuery(RuleId rule, LocalDate start, List<ClockEvent> events, LocalDate today,
		boolean inCustody) {

	public CaseClockQuery {
		events = events == null ? List.of() : List.copyOf(events);
	}
}
