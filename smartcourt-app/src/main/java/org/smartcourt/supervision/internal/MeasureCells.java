package org.smartcourt.supervision.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each measure's cells built from its current definition: a new or changed measure (its digest differs from
 * the one its cells were built from) has its cells recomputed from the stored facts; a measure no longer defined
 * loses them. Runs in the refresh task before any refresh, so no case is counted twice.
 */
@Service
class MeasureCells {

	private static final Logger log = LoggerFactory.getLogger(MeasureCells.class);
	private static final int BATCH = 5000;

	private final JdbcClient jdbc;
	private final Definitions definitions;
	private final CellStore cells;
	private final FactEvaluation evaluation;
	private final Clock clock;

	MeasureCells(JdbcClient jdbc, Definitions definitions, FactEvaluation evaluation, CellStore cells, Clock clock) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.cells = cells;
		this.evaluation = evaluation;
		this.clock = clock;
	}

	/** The measures whose cells are not built from their current definition. */
	List<Measure> stale() {
		Map<String, String> built = jdbc.sql("select id, digest from supervision_measure where cells_built")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return definitions.measures()
			.stream()
			.filter(m -> !definitions.digest(m.id()).equals(built.get(m.id())))
			.toList();
	}

	/** Rebuilds what is stale and drops the cells of measures no longer defined; returns how many were rebuilt. */
	@Transactional
	public int rebuildStale() {
		Set<String> defined = definitions.measures().stream().map(Measure::id).collect(Collectors.toSet());
		for (String gone : jdbc.sql("select id from supervision_measure").query(String.class).list()) {
			if (!defined.contains(gone)) {
				cells.deleteMeasure(gone);
				jdbc.sql("delete from supervision_measure where id = ?").param(gone).update();
			}
		}
		List<Measure> stale = stale();
		if (stale.isEmpty()) {
			return 0;
		}
		log.info("building the statistics cells of {}", stale.stream().map(Measure::id).toList());
		stale.forEach(m -> cells.deleteMeasure(m.id()));
		UUID after = new UUID(0, 0);
		while (true) {
			List<CaseFact> batch = jdbc
				.sql("select " + CaseFactStore.COLUMNS
						+ " from supervision_case_fact where case_id > ? order by case_id limit ?")
				.param(after)
				.param(BATCH)
				.query(CaseFactStore::map)
				.list();
			if (batch.isEmpty()) {
				break;
			}
			Map<CellKey, Long> changes = new HashMap<>();
			batch.forEach(f -> evaluation.addAll(stale, f, +1, changes));
			cells.add(changes);
			after = batch.get(batch.size() - 1).caseId();
		}
		for (Measure m : stale) {
			jdbc.sql("""
					insert into supervision_measure (id, digest, cells_built, updated_at) values (?, ?, true, ?)
					on conflict (id) do update set digest = excluded.digest, cells_built = true,
					  updated_at = excluded.updated_at""")
				.param(m.id())
				.param(definitions.digest(m.id()))
				.param(Timestamp.from(clock.instant()))
				.update();
		}
		return stale.size();
	}
}
