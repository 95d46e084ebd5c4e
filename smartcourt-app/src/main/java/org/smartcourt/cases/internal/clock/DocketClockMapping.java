package org.smartcourt.cases.internal.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.deadlines.RuleId;

/**
 * Reads a case's docket as the dated facts of its 审限 ({@link ClockEvent}s). Pure: the docket is the record, the
 * clock is derived from it.
 * <ul>
 * <li>{@code REGISTERED}: the start (its day, not counted) and the procedure (detail {@code procedure}).</li>
 * <li>{@code PROCEDURE_CHANGED} ({@code from}, {@code to}): the rule of the new procedure; 简易程序 or 小额诉讼程序 to
 * 普通程序 keeps the original start (民诉解释 art. 258); a new procedure without a rule leaves the clock as it was.</li>
 * <li>{@code EXCLUSION_STARTED}/{@code EXCLUSION_ENDED} ({@code exclusionId}, {@code kind}, {@code citation}): an
 * excluded interval from the start day to the end day, both excluded; still open when not ended.</li>
 * <li>{@code SUSPENDED}/{@code RESUMED} ({@code exclusionId}): 中止 is excluded from its day up to the day before
 * resumption (民诉法 art. 153; 2000 rule art. 9(9)).</li>
 * <li>{@code EXTENSION_APPROVED} ({@code length}, {@code unit}, {@code approver}, {@code citation}).</li>
 * <li>{@code PERIOD_RESTARTED} ({@code rule}, {@code citation}).</li>
 * </ul>
 */
public final class DocketClockMapping {

	private final ClockRuleTable rules;

	public DocketClockMapping(ClockRuleTable rules) {
		this.rules = rules;
	}

	/** The clock's input, or empty when no rule applies to the case (no clock). */
	public Optional<ClockInput> map(RegisteredCase registration, List<DocketEntry> entries) {
		Procedure procedure = initialProcedure(registration, entries);
		Optional<RuleId> initial = rules.select(registration.typeCode(), registration.categoryCode(), procedure);
		if (initial.isEmpty()) {
			return Optional.empty();
		}
		LocalDate start = registration.registeredOn();
		List<ClockEvent> events = new ArrayList<>();
		Map<String, Open> open = new LinkedHashMap<>();
		List<Slot> slots = new ArrayList<>();
		for (DocketEntry entry : entries) {
			switch (entry.type()) {
				case REGISTERED -> start = entry.occurredOn();
				case PROCEDURE_CHANGED -> procedureChanged(registration, entry).ifPresent(events::add);
				case EXCLUSION_STARTED, SUSPENDED -> {
					String id = entry.detail("exclusionId");
					if (id != null) {
						Open started = new Open(entry, events.size());
						open.put(id, started);
						slots.add(new Slot(id, started));
						events.add(null);
					}
				}
				case EXCLUSION_ENDED -> close(open, entry, entry.occurredOn());
				case RESUMED -> close(open, entry, entry.occurredOn().minusDays(1));
				case EXTENSION_APPROVED -> extended(entry).ifPresent(events::add);
				case PERIOD_RESTARTED -> {
					String rule = entry.detail("rule");
					if (rule != null && !rule.isBlank()) {
						events.add(new ClockEvent.Restarted(entry.occurredOn(), RuleId.of(rule), entry.summary(),
								nullToEmpty(entry.detail("citation"))));
					}
				}
				default -> {
				}
			}
		}
		for (Slot slot : slots) {
			events.set(slot.started().index(), slot.started().excluded());
		}
		events.removeIf(java.util.Objects::isNull);
		return Optional.of(new ClockInput(initial.get(), start, events));
	}

	private static Procedure initialProcedure(RegisteredCase registration, List<DocketEntry> entries) {
		for (DocketEntry entry : entries) {
			if (entry.type() == org.smartcourt.cases.DocketEntryType.REGISTERED && entry.detail("procedure") != null) {
				return parse(entry.detail("procedure")).orElse(registration.procedure());
			}
			if (entry.type() == org.smartcourt.cases.DocketEntryType.PROCEDURE_CHANGED && entry.detail("from") != null) {
				return parse(entry.detail("from")).orElse(registration.procedure());
			}
		}
		return registration.procedure();
	}

	private Optional<ClockEvent> procedureChanged(RegisteredCase registration, DocketEntry entry) {
		Optional<Procedure> from = parse(entry.detail("from"));
		Optional<Procedure> to = parse(entry.detail("to"));
		if (to.isEmpty()) {
			return Optional.empty();
		}
		boolean keepStart = to.get() == Procedure.ORDINARY
				&& from.filter(p -> p == Procedure.SIMPLIFIED || p == Procedure.SMALL_CLAIMS).isPresent();
		return rules.select(registration.typeCode(), registration.categoryCode(), to.get())
			.map(rule -> new ClockEvent.RuleChanged(entry.occurredOn(), rule, keepStart, entry.summary()));
	}

	private static void close(Map<String, Open> open, DocketEntry entry, LocalDate lastExcluded) {
		String id = entry.detail("exclusionId");
		Open started = id == null ? null : open.remove(id);
		if (started != null) {
			started.end(lastExcluded.isBefore(started.from()) ? null : lastExcluded, true);
		}
	}

	private static Optional<ClockEvent> extended(DocketEntry entry) {
		try {
			int length = Integer.parseInt(entry.detail("length"));
			PeriodUnit unit = PeriodUnit.valueOf(entry.detail("unit"));
			return Optional.of(new ClockEvent.Extended(entry.occurredOn(), length, unit,
					nullToEmpty(entry.detail("approver")), nullToEmpty(entry.detail("citation"))));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Procedure> parse(String name) {
		try {
			return name == null ? Optional.empty() : Optional.of(Procedure.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private record Slot(String id, Open started) {
	}

	/** An exclusion as started, and ended once its end entry is read. */
	private static final class Open {

		private final DocketEntry entry;
		private final int index;
		private LocalDate to;
		private boolean ended;

		Open(DocketEntry entry, int index) {
			this.entry = entry;
			this.index = index;
		}

		int index() {
			return index;
		}

		LocalDate from() {
			return entry.occurredOn();
		}

		void end(LocalDate lastExcluded, boolean ended) {
			this.to = lastExcluded;
			this.ended = ended;
		}

		/** The interval; one that ended before it excluded any day (resumed the same day) is dropped. */
		ClockEvent.Excluded excluded() {
			if (ended && to == null) {
				return null;
			}
			String kind = entry.detail("kind");
			String reason = kind == null || kind.equals("other") ? entry.summary() : kind + "期间";
			String citation = entry.detail("citation");
			if (citation == null || citation.isBlank()) {
				citation = ExclusionKind.byLabel(kind == null ? "" : kind).map(ExclusionKind::citation).orElse("");
			}
			return new ClockEvent.Excluded(from(), to, reason, citation);
		}
	}
}
