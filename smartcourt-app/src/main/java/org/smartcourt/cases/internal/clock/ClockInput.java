package org.smartcourt.cases.internal.clock;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.RuleId;

/**
 * What the engine needs to compute a case's 审限, as read from its docket.
 *
 * @param rule the rule at the start (the procedure at 立案).
 * @param start the 立案 day (not counted).
 * @param events exclusions, extensions, changes of rule and restarts, in docket order.
 */
public record ClockInput(RuleId rule, LocalDate start, List<ClockEvent> events) {

	public ClockInput {
		events = List.copyOf(events);
	}

	/** The number of approved extensions so far (after the last restart). */
	public int extensionsCounted() {
		int count = 0;
		for (ClockEvent event : events) {
			if (event instanceof ClockEvent.Restarted) {
				count = 0;
			}
			else if (event instanceof ClockEvent.Extended) {
				count++;
			}
		}
		return count;
	}
}
