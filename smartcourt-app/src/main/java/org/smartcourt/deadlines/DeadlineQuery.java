package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What to compute.
 *
 * @param rule the rule id.
 * @param startDate the day of the start event (not counted).
 * @param startTime the time of the start event, required for hour periods, else {@literal null}.
 * @param exclusions intervals not counted, in any order; none may overlap another or reach back to the start day.
 * @param inCustody for criminal rules: the defendant is in custody, so the last day is not moved off a holiday
 *        (《刑事诉讼法》第一百零五条第四款).
 */
public record DeadlineQuery(RuleId rule, LocalDate startDate, LocalTime startTime, List<Exclusion> exclusions,
		boolean inCustody) {

	public DeadlineQuery {
		exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
	}

	public static DeadlineQuery of(RuleId rule, LocalDate startDate, List<Exclusion> exclusions) {
		return new DeadlineQuery(rule, startDate, null, exclusions, false);
	}
}
