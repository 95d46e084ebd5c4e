package org.smartcourt.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryRecorded;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Docket} on the {@code docket_entry} table. The case row is locked while the next number is taken, so two
 * nodes recording at once get consecutive numbers.
 */
@Service
class JdbcDocket implements Docket {

	private static final int SUMMARY_MAX = 1000;

	/** Steps that show an assigned case is being heard: the first of them moves it from 已分案 to 审理中. */
	private static final java.util.Set<DocketEntryType> TRIAL_STEPS = java.util.EnumSet.of(DocketEntryType.SERVICE,
			DocketEntryType.EVIDENCE_EXCHANGE, DocketEntryType.HEARING_SCHEDULED, DocketEntryType.HEARING_HELD,
			DocketEntryType.MEDIATION);
	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	JdbcDocket(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public DocketEntry record(CaseId caseId, Actor actor, NewDocketEntry entry) {
		if (entry.type() == null || entry.summary() == null || entry.summary().isBlank()
				|| entry.summary().length() > SUMMARY_MAX) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("summary", "invalid", "validation.docket.summary.invalid")));
		}
		boolean exists = jdbc.sql("select id from court_case where id = ? for update")
			.param(caseId.value())
			.query(UUID.class)
			.optional()
			.isPresent();
		if (!exists) {
			throw DomainException.notFound("case-not-found", "problem.case-not-found.detail", caseId.toString());
		}
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from docket_entry where case_id = ?")
			.param(caseId.value())
			.query(Integer.class)
			.single();
		DocketEntryType type = entry.type();
		Audience audience = entry.audience() != null ? entry.audience() : type.defaultAudience();
		LocalDate occurredOn = entry.occurredOn() != null ? entry.occurredOn() : LocalDate.now(clock);
		DocketEntry recorded = new DocketEntry(UUID.randomUUID(), caseId, seq, type, occurredOn, clock.instant(),
				audience, entry.summary().strip(), entry.details(), actor == null ? null : actor.username());
		jdbc.sql("""
				insert into docket_entry (id, case_id, seq, type, occurred_on, recorded_at, audience, summary, details,
				       recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
			.params(recorded.id(), caseId.value(), seq, type.name(), occurredOn, Timestamp.from(recorded.recordedAt()),
					audience.name(), recorded.summary(), json.writeValueAsString(recorded.details()),
					recorded.recordedBy())
			.update();
		if (TRIAL_STEPS.contains(type)) {
			jdbc.sql("update court_case set stage = 'IN_TRIAL', version = version + 1 where id = ? and stage = 'ASSIGNED'")
				.param(caseId.value())
				.update();
		}
		events.publishEvent(new DocketEntryRecorded(recorded));
		return recorded;
	}

	@Override
	public List<DocketEntry> entries(CaseId caseId) {
		return entriesFor(caseId, Audience.COURT);
	}

	@Override
	public List<DocketEntry> entriesFor(CaseId caseId, Audience level) {
		List<String> visible = java.util.Arrays.stream(Audience.values()).filter(level::sees).map(Enum::name).toList();
		return jdbc.sql("""
				select id, case_id, seq, type, occurred_on, recorded_at, audience, summary, details::text as details,
				       recorded_by
				  from docket_entry where case_id = :case and audience in (:visible) order by seq""")
			.param("case", caseId.value())
			.param("visible", visible)
			.query(this::map)
			.list();
	}

	private DocketEntry map(ResultSet rs, int row) throws SQLException {
		return new DocketEntry(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getInt("seq"), DocketEntryType.valueOf(rs.getString("type")),
				rs.getDate("occurred_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
				Audience.valueOf(rs.getString("audience")), rs.getString("summary"),
				json.readValue(rs.getString("details"), DETAILS), rs.getString("recorded_by"));
	}
}
