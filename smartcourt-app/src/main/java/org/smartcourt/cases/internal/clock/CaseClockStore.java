package org.smartcourt.cases.internal.clock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_clock} table: each case's 审限 as last computed, so that lists and the warning job read one row per
 * case instead of computing every case.
 */
@Repository
public class CaseClockStore {

	private static final String LIST_COLUMNS = """
			select c.id, c.case_number, c.title, c.stage, c.court_id, c.department_id, k.rule, k.due_on, k.status,
			       k.extensions
			  from court_case c left join case_clock k on k.case_id = c.id
			""";

	private final JdbcClient jdbc;
	private final Clock clock;

	CaseClockStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void save(CaseId caseId, CaseClock computed, LocalDate today) {
		jdbc.sql("""
				insert into case_clock (case_id, rule, start_on, due_on, status, excluded_days, extensions,
				                        explanation, computed_on, computed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (case_id) do update set rule = excluded.rule, start_on = excluded.start_on,
				       due_on = excluded.due_on, status = excluded.status, excluded_days = excluded.excluded_days,
				       extensions = excluded.extensions, explanation = excluded.explanation,
				       computed_on = excluded.computed_on, computed_at = excluded.computed_at""")
			.params(caseId.value(), computed.rule().id().value(), computed.start(), computed.due(),
					computed.status().name(), computed.excludedDays(), computed.extensions().size(),
					String.join("\n", computed.explanation()), today, Timestamp.from(clock.instant()))
			.update();
	}

	void remove(CaseId caseId) {
		jdbc.sql("delete from case_clock where case_id = ?").param(caseId.value()).update();
	}

	/** Open (未结) cases, for the daily job. */
	public List<CaseId> openCases() {
		return jdbc.sql("select id from court_case where stage not in ('CLOSED', 'ARCHIVED') order by registered_at")
			.query(UUID.class)
			.list()
			.stream()
			.map(CaseId::new)
			.toList();
	}

	/** The stored clock of a case. */
	public Optional<ClockListRow> row(CaseId id) {
		return jdbc.sql(LIST_COLUMNS + " where c.id = ?").param(id.value()).query(ClockListRow::map).optional();
	}

	/** Open cases in which {@code username} is on the team now, by stage then due date. */
	public List<ClockListRow> assignedTo(String username) {
		return jdbc.sql(LIST_COLUMNS + """
				 where c.id in (select m.case_id from case_team_member m
				                 where m.username = ? and m.until is null and m.case_open)
				   and c.stage not in ('CLOSED', 'ARCHIVED')
				 order by c.stage, k.due_on nulls last, c.case_number""")
			.param(username)
			.query(ClockListRow::map)
			.list();
	}

	/**
	 * Open cases of a court (and of one department, when given), filtered.
	 *
	 * @param filter one of near-expiry, overdue, extended, suspended, or {@literal null} for all.
	 * @param nearDays how many days before the due date count as near expiry.
	 */
	public List<ClockListRow> atCourt(CourtId court, UUID department, String filter, CaseStage stage, LocalDate today,
			int nearDays) {
		StringBuilder sql = new StringBuilder(LIST_COLUMNS).append(
				" where c.court_id = :court and c.stage not in ('CLOSED', 'ARCHIVED')");
		if (department != null) {
			sql.append(" and c.department_id = :department");
		}
		if (stage != null) {
			sql.append(" and c.stage = :stage");
		}
		if (filter != null) {
			sql.append(switch (filter) {
				case "near-expiry" -> " and k.status <> 'PAUSED' and k.due_on >= :today and k.due_on <= :near";
				case "overdue" -> " and k.status <> 'PAUSED' and k.due_on < :today";
				case "extended" -> " and k.extensions > 0";
				case "suspended" -> " and c.stage = 'SUSPENDED'";
				default -> "";
			});
		}
		sql.append(" order by k.due_on nulls last, c.case_number limit 500");
		var statement = jdbc.sql(sql.toString()).param("court", court.value());
		if (department != null) {
			statement = statement.param("department", department);
		}
		if (stage != null) {
			statement = statement.param("stage", stage.name());
		}
		if ("near-expiry".equals(filter) || "overdue".equals(filter)) {
			statement = statement.param("today", today).param("near", today.plusDays(nearDays));
		}
		return statement.query(ClockListRow::map).list();
	}

	/** Clocks that are running (not paused) of open cases, for warnings. */
	List<ClockListRow> runningDueBy(LocalDate last) {
		return jdbc.sql(LIST_COLUMNS + """
				 where c.stage not in ('CLOSED', 'ARCHIVED', 'SUSPENDED') and k.status <> 'PAUSED' and k.due_on <= ?
				 order by k.due_on""")
			.param(last)
			.query(ClockListRow::map)
			.list();
	}
}
