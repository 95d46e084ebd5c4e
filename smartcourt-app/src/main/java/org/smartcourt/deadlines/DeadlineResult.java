package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A computed deadline with its derivation.
 *
 * @param rule the rule applied.
 * @param start the start event's date (and time, for hour periods).
 * @param counted the last day as counted from the rule alone, before exclusions and moves.
 * @param due the last day of the period (期限届满日); for hour periods the day of {@code dueAt}.
 * @param dueAt for hour periods, the moment the period ends; otherwise {@literal null} (the period ends at 24:00 of
 *        {@code due}).
 * @param exclusions the intervals added, in date order.
 * @param excludedDays their total days.
 * @param shifts the moves off rest days (at most one today; a list so later steps can add theirs).
 * @param explanation the derivation in Chinese, one step per line, each with its article.
 */
public record DeadlineResult(DeadlineRule rule, LocalDateTime start, LocalDate counted, LocalDate due,
		LocalDateTime dueAt, List<Exclusion> exclusions, long excludedDays, List<Shift> shifts,
		List<String> explanation) {

	public DeadlineResult {
		exclusions = List.copyOf(exclusions);
		shifts = List.copyOf(shifts);
		explanation = List.copyOf(explanation);
	}

	/** The explanation as one paragraph. */
	public String explanationText() {
		return String.join("", explanation);
	}
}
