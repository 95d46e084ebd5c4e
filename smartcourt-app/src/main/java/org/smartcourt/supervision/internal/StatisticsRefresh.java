package org.smartcourt.supervision.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the statistics up to date with the cases marked as changed: reads each through the cases module, replaces
 * its stored facts and moves the difference between its old and new contributions into the cells. An appeal whose
 * registration or outcome changed marks the first-instance case too (its 上诉率 and 改判发回 figures change).
 */
@Service
public class StatisticsRefresh {

	private final JdbcClient jdbc;
	private final CaseStatistics cases;
	private final CaseFactStore facts;
	private final CellStore cells;
	private final Definitions definitions;
	private final FactEvaluation evaluation;
	private final DirtyCases dirty;
	private final FlagRules rules;
	private final Clock clock;

	StatisticsRefresh(JdbcClient jdbc, CaseStatistics cases, CaseFactStore facts, CellStore cells,
			Definitions definitions, FactEvaluation evaluation, DirtyCases dirty, FlagRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.facts = facts;
		this.cells = cells;
		this.definitions = definitions;
		this.evaluation = evaluation;
		this.dirty = dirty;
		this.rules = rules;
		this.clock = clock;
	}

	/** Refreshes up to {@code limit} marked cases in one transaction; returns how many it took. */
	@Transactional
	public int refreshBatch(int limit) {
		List<UUID> ids = jdbc.sql("""
				delete from supervision_dirty_case where case_id in (
				  select case_id from supervision_dirty_case order by marked_at limit ? for update skip locked)
				returning case_id""").param(limit).query(UUID.class).list();
		if (ids.isEmpty()) {
			return 0;
		}
		Map<UUID, CaseFact> old = facts.lockAll(ids)
			.stream()
			.collect(Collectors.toMap(CaseFact::caseId, Function.identity()));
		List<CaseFact> fresh = cases.facts(ids.stream().map(CaseId::new).toList())
			.stream()
			.map(CaseFact::of)
			.toList();
		Map<CellKey, Long> changes = new HashMap<>();
		List<Measure> measures = definitions.measures();
		List<CaseFact> changed = new ArrayList<>();
		for (CaseFact now : fresh) {
			CaseFact before = old.get(now.caseId());
			if (now.equals(before)) {
				continue;
			}
			if (before != null) {
				evaluation.addAll(measures, before, -1, changes);
			}
			evaluation.addAll(measures, now, +1, changes);
			changed.add(now);
			if (now.earlierCase() != null && (before == null
					|| !Objects.equals(before.outcomeGroup(), now.outcomeGroup())
					|| !Objects.equals(before.earlierCase(), now.earlierCase()))) {
				dirty.mark(now.earlierCase());
			}
		}
		facts.saveAll(changed, clock.instant());
		cells.add(changes);
		java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
		for (CaseFact now : changed) {
			rules.apply(old.get(now.caseId()), now, today);
		}
		return ids.size();
	}

	/** Refreshes until no case is marked; returns how many were taken. */
	public int refreshAll() {
		int total = 0;
		for (int n; (n = refreshBatch(1000)) > 0;) {
			total += n;
		}
		return total;
	}

	/** How many cases wait to be refreshed (shown on the dashboard while the statistics catch up). */
	public long waiting() {
		return jdbc.sql("select count(*) from supervision_dirty_case").query(Long.class).single();
	}
}
