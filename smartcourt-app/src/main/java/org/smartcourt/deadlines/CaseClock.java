package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's trial period (审限) as computed from its events.
 *
 * @param rule the rule now in force (after any change of procedure).
 * @param start the day the period runs from (the start event's day, not counted).
 * @param due the last day, after exclusions, extensions, caps and any move off a rest day; while an exclusion is
 *        still open, the last day as if it ended today.
 * @param excludedDays days not counted so far.
 * @param extensions the approved extensions counted, in order.
 * @param status where it stands on the query's {@code today}.
 * @param daysLeft calendar days from today to {@code due} (negative when overdue).
 * @param explanation the derivation in Chinese, one step per line, each with its article: start, rule, every
 *        exclusion, extension, change, cap and holiday shift.
 */
public record CaseClock(DeadlineRule rule, LocalDate start, LocalDate due, long excludedDays,
		List<ClockEvent.Extended> extensions, ClockStatus status, long daysLeft, List<String> explanation) {

	public CaseClock {
		extensions = List.copyOf(extensions);
		explanation = List.copyOf(explanation);
	}

	public String explanationText() {
		return String.join("", explanation);
	}
}
