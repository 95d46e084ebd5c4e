package org.smartcourt.cases.internal.clock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code clock_exclusion} table: 中止 and the other excluded intervals of each case. */
@Repository
class ClockExclusionStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	ClockExclusionStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(ClockExclusion exclusion) {
		jdbc.sql("""
				insert into clock_exclusion (id, case_id, kind, ground, reason, citation, started_on, started_by,
				                             recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(exclusion.id(), exclusion.caseId().value(), exclusion.kind().name(),
					exclusion.ground() == null ? null : exclusion.ground().name(), exclusion.reason(),
					exclusion.citation(), exclusion.startedOn(), exclusion.startedBy(), Timestamp.from(clock.instant()))
			.update();
	}

	void end(UUID id, LocalDate endedOn, String endedBy) {
		jdbc.sql("update clock_exclusion set ended_on = ?, ended_by = ? where id = ?")
			.params(endedOn, endedBy, id)
			.update();
	}

	/** An interval that ended before any day was excluded (中止 resumed the same day) leaves no trace. */
	void delete(UUID id) {
		jdbc.sql("delete from clock_exclusion where id = ?").param(id).update();
	}

	List<ClockExclusion> of(CaseId caseId) {
		return jdbc.sql("""
				select id, case_id, kind, ground, reason, citation, started_on, ended_on, started_by
				  from clock_exclusion where case_id = ? order by started_on, recorded_at""")
			.param(caseId.value())
			.query((rs, n) -> new ClockExclusion(rs.getObject("id", UUID.class), caseId,
					ExclusionKind.valueOf(rs.getString("kind")),
					rs.getString("ground") == null ? null : SuspensionGround.valueOf(rs.getString("ground")),
					rs.getString("reason"), rs.getString("citation"), rs.getDate("started_on").toLocalDate(),
					rs.getDate("ended_on") == null ? null : rs.getDate("ended_on").toLocalDate(),
					rs.getString("started_by")))
			.list();
	}

	Optional<ClockExclusion> find(CaseId caseId, UUID id) {
		return of(caseId).stream().filter(e -> e.id().equals(id)).findFirst();
	}
}
