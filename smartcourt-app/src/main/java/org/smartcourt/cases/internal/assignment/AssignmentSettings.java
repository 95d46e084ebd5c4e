package org.smartcourt.cases.internal.assignment;

import java.sql.Timestamp;
import java.time.Clock;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a court assigns cases at random right after 立案 (自动分案) or leaves them in the 待分案 queue. Courts
 * without a setting follow {@code smartcourt.assignment.automatic} (default on); a 院长 changes their court's.
 */
@Service
public class AssignmentSettings {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final boolean automaticByDefault;

	AssignmentSettings(JdbcClient jdbc, AuditTrail audit, Clock clock,
			@Value("${smartcourt.assignment.automatic:true}") boolean automaticByDefault) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.automaticByDefault = automaticByDefault;
	}

	public boolean automaticAt(CourtId court) {
		return jdbc.sql("select automatic from assignment_court_setting where court_id = ?")
			.param(court.value())
			.query(Boolean.class)
			.optional()
			.orElse(automaticByDefault);
	}

	/** A 院长 switches automatic assignment on or off for their court. */
	@Transactional
	public boolean setAutomatic(Actor actor, boolean automatic) {
		AssignmentAccess.require(actor.isStaff() && actor.is(Role.PRESIDENT));
		jdbc.sql("""
				insert into assignment_court_setting (court_id, automatic, updated_by, updated_at) values (?, ?, ?, ?)
				on conflict (court_id) do update set automatic = excluded.automatic, updated_by = excluded.updated_by,
				       updated_at = excluded.updated_at""")
			.params(actor.court().value(), automatic, actor.username(), Timestamp.from(clock.instant()))
			.update();
		audit.success("assignment.setting.automatic", "court", actor.court().value());
		return automatic;
	}
}
