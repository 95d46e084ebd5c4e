package org.smartcourt.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link Courts} read from the {@code court} table and kept as a snapshot in memory. Every page and many rules ask for
 * a court's name or its place in the hierarchy (five times for a case page, once per search for the subtree), and the
 * table changes only with the reference data or when an IT admin adds or closes a 人民法庭. The snapshot is dropped
 * after a local change commits ({@link #forgetAfterCommit()}) and is at most {@link #MAX_AGE} old, which bounds how
 * long another app node shows a court list from before a change. A court the snapshot does not know (added moments
 * ago, or in the caller's own transaction) is read from the table.
 */
@Service
class JdbcCourts implements Courts {

	/** How stale another node's view of the court list may be after a change. */
	static final Duration MAX_AGE = Duration.ofSeconds(30);

	/** The order the table gave ({@code order by level, id} on the level's text), which callers have relied on. */
	private static final Comparator<CourtSummary> BY_LEVEL_NAME_THEN_ID = Comparator
		.comparing((CourtSummary c) -> c.level().name())
		.thenComparing(c -> c.id().value());

	private static final String COLUMNS = "id, name, code, level, parent_id, code_basis, active";

	private final JdbcClient jdbc;
	private volatile Snapshot snapshot;

	JdbcCourts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CourtSummary> find(CourtId id) {
		Row cached = current().byId().get(id);
		if (cached != null) {
			return Optional.of(cached.court());
		}
		return jdbc.sql("select " + COLUMNS + " from court where id = ?")
			.param(id.value())
			.query(JdbcCourts::map)
			.optional()
			.map(Row::court);
	}

	@Override
	public List<CourtSummary> all() {
		return current().active();
	}

	@Override
	public boolean isWithin(CourtId court, CourtId ancestor) {
		CourtId at = find(court).map(CourtSummary::id).orElse(null); // an unknown court lies within nothing
		while (at != null) {
			if (at.equals(ancestor)) {
				return true;
			}
			at = find(at).map(CourtSummary::parent).orElse(null);
		}
		return false;
	}

	/** Drops the snapshot once the caller's transaction commits (at once outside a transaction). */
	void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					snapshot = null;
				}
			});
		}
		else {
			snapshot = null;
		}
	}

	private Snapshot current() {
		Snapshot now = snapshot;
		if (now == null || now.olderThan(MAX_AGE)) {
			List<Row> rows = jdbc.sql("select " + COLUMNS + " from court").query(JdbcCourts::map).list();
			now = new Snapshot(rows.stream().collect(Collectors.toUnmodifiableMap(r -> r.court().id(),
					Function.identity())),
					rows.stream()
						.filter(Row::active)
						.map(Row::court)
						.sorted(BY_LEVEL_NAME_THEN_ID)
						.toList(),
					System.nanoTime());
			snapshot = now;
		}
		return now;
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_id");
		return new Row(new CourtSummary(new CourtId(rs.getString("id")), rs.getString("name"), rs.getString("code"),
				CourtLevel.valueOf(rs.getString("level")), parent == null ? null : new CourtId(parent),
				"CONFIRMED".equals(rs.getString("code_basis"))), rs.getBoolean("active"));
	}

	private record Row(CourtSummary court, boolean active) {
	}

	private record Snapshot(Map<CourtId, Row> byId, List<CourtSummary> active, long loadedAt) {

		boolean olderThan(Duration age) {
			return System.nanoTime() - loadedAt > age.toNanos();
		}
	}
}
