package org.smartcourt.appraisal.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An institution's record computed from its entrustments, never typed in: how many it was given, accepted, refused,
 * reported on time or late (a report after the due day, a late flag, or a replacement under 证据规定 art. 35), and
 * the objections raised to its reports.
 */
@Component
public class Performance {

	/** The counts and the on-time rate in percent ({@literal null} before the first report or lateness). */
	public record Record(long entrusted, long declined, long reported, long onTime, long late, long objections) {

		public Integer onTimeRate() {
			long decided = onTime + late;
			return decided == 0 ? null : (int) Math.round(100.0 * onTime / decided);
		}
	}

	private final JdbcClient jdbc;

	Performance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Record of(UUID institution) {
		return jdbc.sql("""
				select count(*) as entrusted,
				  count(*) filter (where outcome = 'DECLINED') as declined,
				  count(*) filter (where outcome = 'REPORTED') as reported,
				  count(*) filter (where outcome = 'REPORTED' and late_flagged_at is null and report_on <= due_on) as on_time,
				  count(*) filter (where outcome = 'LATE_REPLACED' or late_flagged_at is not null or report_on > due_on) as late,
				  (select count(*) from appraisal_objection o join appraisal_assignment b on b.id = o.assignment_id
				    where b.institution_id = :id) as objections
				from appraisal_assignment where institution_id = :id""")
			.param("id", institution)
			.query((rs, n) -> new Record(rs.getLong("entrusted"), rs.getLong("declined"), rs.getLong("reported"),
					rs.getLong("on_time"), rs.getLong("late"), rs.getLong("objections")))
			.single();
	}
}
