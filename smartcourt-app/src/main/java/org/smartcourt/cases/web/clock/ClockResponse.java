package org.smartcourt.cases.web.clock;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.cases.internal.clock.ClockExclusion;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.deadlines.ClockEvent;

/**
 * A case's 审限 as shown to whoever may see the case: the same facts for the court and the parties (2019 规定 art.
 * 7); extension requests and refusals are not part of it.
 *
 * @param available false when no 审限 rule applies to the case; the other fields are then empty.
 */
record ClockResponse(boolean available, String rule, String ruleName, LocalDate start, LocalDate due, String status,
		Long daysLeft, Long excludedDays, List<String> explanation, List<Extension> extensions,
		List<Exclusion> exclusions, boolean suspended) {

	/** 已批准的延长. */
	record Extension(LocalDate approvedOn, int length, String unit, String approvedBy, String citation) {
	}

	/** 扣除审限的期间; {@code to} is the last excluded day, {@literal null} while it runs. */
	record Exclusion(String id, String kind, LocalDate from, LocalDate to, String reason, String citation) {
	}

	static ClockResponse none(boolean suspended) {
		return new ClockResponse(false, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
				suspended);
	}

	static ClockResponse of(CaseClock clock, List<ClockExclusion> exclusions, boolean suspended) {
		return new ClockResponse(true, clock.rule().id().value(), clock.rule().name(), clock.start(), clock.due(),
				clock.status().name(), clock.daysLeft(), clock.excludedDays(), clock.explanation(),
				clock.extensions().stream().map(ClockResponse::extension).toList(),
				exclusions.stream().map(ClockResponse::exclusion).toList(), suspended);
	}

	private static Extension extension(ClockEvent.Extended e) {
		return new Extension(e.on(), e.length(), e.unit().name(), e.approvedBy(), e.citation());
	}

	private static Exclusion exclusion(ClockExclusion e) {
		return new Exclusion(e.id().toString(), e.kind().label(), e.startedOn(), e.endedOn(), e.reason(),
				e.citation());
	}
}
