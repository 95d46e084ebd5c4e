package org.smartcourt.filing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingEvent;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingStatus;
import org.smartcourt.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to and reads a filing's status trail. */
@Component
class FilingTrail {

	private final JdbcClient jdbc;
	private final Clock clock;

	FilingTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(Filing filing, Actor actor, String note) {
		jdbc.sql("""
				insert into filing_event (filing_id, occurred_at, status, actor_name, actor_role, court_id, note)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(filing.id().value(), Timestamp.from(clock.instant()), filing.status().name(), actor.displayName(),
					actor.role().name(), actor.court() == null ? null : actor.court().value(), note)
			.update();
	}

	List<FilingEvent> of(FilingId id) {
		return jdbc.sql("select occurred_at, status, actor_name, actor_role, court_id, note from filing_event "
				+ "where filing_id = ? order by id")
			.param(id.value())
			.query((rs, n) -> new FilingEvent(rs.getTimestamp(1).toInstant(), FilingStatus.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}
}
