package org.smartcourt.cases.internal.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryRecorded;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.deadlines.CaseClockQuery;
import org.smartcourt.deadlines.CaseClocks;
import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's 审限 from its docket: selects the rule ({@link ClockRuleTable}), reads the docket as clock events
 * ({@link DocketClockMapping}), asks the deadlines engine, and keeps the result in {@code case_clock}. Every docket
 * entry recomputes its case's clock in the recording transaction; the daily job recomputes all open cases (days left
 * and status change with the date).
 */
@Service
public class CaseClockService {

	private static final Logger log = LoggerFactory.getLogger(CaseClockService.class);

	private final CaseRegistry registry;
	private final Docket docket;
	private final CaseClocks clocks;
	private final Deadlines deadlines;
	private final CaseClockStore store;
	private final DocketClockMapping mapping;
	private final Clock clock;

	CaseClockService(CaseRegistry registry, Docket docket, CaseClocks clocks, Deadlines deadlines,
			CaseClockStore store, Clock clock) {
		this.registry = registry;
		this.docket = docket;
		this.clocks = clocks;
		this.deadlines = deadlines;
		this.store = store;
		this.mapping = new DocketClockMapping(ClockRuleTable.bundled());
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The clock's input from the docket, or empty when no rule the engine knows applies (no clock). */
	public Optional<ClockInput> input(CaseId id) {
		return registry.byId(id).flatMap(registration -> input(registration));
	}

	private Optional<ClockInput> input(RegisteredCase registration) {
		return mapping.map(registration, docket.entries(registration.id()))
			.filter(input -> known(input.rule()))
			.map(input -> new ClockInput(input.rule(), input.start(),
					input.events().stream().filter(this::knownRules).toList()));
	}

	/** The clock as it stands on {@code today}, computed afresh. */
	public Optional<CaseClock> compute(CaseId id, LocalDate today) {
		return input(id).map(input -> compute(input, today));
	}

	/** The clock of {@code input} with {@code extra} events added (e.g. an extension about to be approved). */
	public CaseClock compute(ClockInput input, LocalDate today, ClockEvent... extra) {
		List<ClockEvent> events = new java.util.ArrayList<>(input.events());
		events.addAll(List.of(extra));
		return clocks.compute(new CaseClockQuery(input.rule(), input.start(), events, today, false));
	}

	/** Recomputes and stores the clock of one case; joins the caller's transaction. */
	@Transactional
	public Optional<CaseClock> recompute(CaseId id) {
		LocalDate today = today();
		Optional<CaseClock> computed = compute(id, today);
		computed.ifPresentOrElse(c -> store.save(id, c, today), () -> store.remove(id));
		return computed;
	}

	/** Keeps {@code case_clock} in step with the docket, in the transaction that records the entry. */
	@EventListener
	void on(DocketEntryRecorded recorded) {
		try {
			recompute(recorded.entry().caseId());
		}
		catch (RuntimeException ex) {
			// a docket that the engine cannot read (e.g. overlapping intervals recorded by another module) must not
			// stop the step being recorded; the clock keeps its last value and the daily job tries again
			log.warn("case clock of {} not recomputed: {}", recorded.entry().caseId(), ex.toString());
		}
	}

	private boolean known(RuleId rule) {
		return deadlines.rule(rule).isPresent();
	}

	private boolean knownRules(ClockEvent event) {
		if (event instanceof ClockEvent.RuleChanged changed) {
			return known(changed.rule());
		}
		if (event instanceof ClockEvent.Restarted restarted) {
			return known(restarted.rule());
		}
		return true;
	}
}
