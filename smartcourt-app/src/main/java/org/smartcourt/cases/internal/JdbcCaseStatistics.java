package org.smartcourt.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseFacts;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.CaseStatistics;
import org.smartcourt.cases.Procedure;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseStatistics} in one statement per batch: the case, its current 承办法官, party count, closing,
 * stored clock, and the appeal links (an appeal is the later case whose 前审 link points here and whose 类型代字 ends
 * in 终).
 */
@Service
class JdbcCaseStatistics implements CaseStatistics {

	private static final String SELECT = """
			select c.id, c.court_id, c.department_id, c.case_number, c.title, c.type_code, c.category_code,
			       c.procedure, c.stage, c.registered_on, j.staff_id as judge_id, j.name as judge_name,
			       (select count(*) from case_party p where p.case_id = c.id and p.kind = 'PARTY') as parties,
			       cl.method_code, cl.statistic_group, cl.closed_on, cl.amount_awarded_fen,
			       k.rule, k.due_on, k.extensions, k.excluded_days,
			       (select l.to_case from case_link l
			         where l.from_case = c.id and l.kind = 'EARLIER_INSTANCE' limit 1) as earlier_id,
			       later.id as later_id, later.registered_on as later_registered_on,
			       later.statistic_group as later_group,
			       exists (select 1 from case_assignment a
			                where a.case_id = c.id and a.kind = 'DESIGNATED') as designated,
			       (select count(*) from docket_entry d where d.case_id = c.id and d.type = 'ADJOURNED') as adjournments
			  from court_case c
			  left join lateral (select t.staff_id, t.name from case_team_member t
			                      where t.case_id = c.id and t.role = 'RESPONSIBLE_JUDGE' and t.until is null
			                      order by t.since desc limit 1) j on true
			  left join case_closing cl on cl.case_id = c.id
			  left join case_clock k on k.case_id = c.id
			  left join lateral (select lc.id, lc.registered_on, lcl.statistic_group
			                       from case_link l
			                       join court_case lc on lc.id = l.from_case
			                       left join case_closing lcl on lcl.case_id = lc.id
			                      where l.to_case = c.id and l.kind = 'EARLIER_INSTANCE' and lc.type_code like '%终'
			                      order by lc.registered_on desc limit 1) later on true
			""";

	private final JdbcClient jdbc;

	JdbcCaseStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseFacts> facts(Collection<CaseId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where c.id = any(?)")
			.param(ids.stream().map(CaseId::value).toArray(UUID[]::new))
			.query(JdbcCaseStatistics::map)
			.list();
	}


	private static CaseFacts map(ResultSet rs, int n) throws SQLException {
		String method = rs.getString("method_code");
		CaseFacts.Closing closing = method == null ? null
				: new CaseFacts.Closing(method, rs.getString("statistic_group"),
						rs.getObject("closed_on", java.time.LocalDate.class),
						rs.getObject("amount_awarded_fen", Long.class));
		String rule = rs.getString("rule");
		CaseFacts.Clock clock = rule == null ? null
				: new CaseFacts.Clock(rule, rs.getObject("due_on", java.time.LocalDate.class), rs.getInt("extensions"),
						rs.getLong("excluded_days"));
		UUID earlier = rs.getObject("earlier_id", UUID.class);
		UUID later = rs.getObject("later_id", UUID.class);
		return new CaseFacts(new CaseId(rs.getObject("id", UUID.class)), new CourtId(rs.getString("court_id")),
				rs.getObject("department_id", UUID.class), rs.getObject("judge_id", UUID.class),
				rs.getString("judge_name"), rs.getString("case_number"), rs.getString("title"),
				rs.getString("type_code"), rs.getString("category_code"), Procedure.valueOf(rs.getString("procedure")),
				CaseStage.valueOf(rs.getString("stage")), rs.getObject("registered_on", java.time.LocalDate.class),
				rs.getInt("parties"), closing, clock, earlier == null ? null : new CaseId(earlier),
				later == null ? null
						: new CaseFacts.LaterInstance(new CaseId(later),
								rs.getObject("later_registered_on", java.time.LocalDate.class),
								rs.getString("later_group")),
				rs.getBoolean("designated"), rs.getInt("adjournments"));
	}
}
