package org.smartcourt.mediation.internal;

import java.util.List;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.catalogue.CauseOfAction;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 调解成功率 of a court, per organization and per cause: mediations that ended in an effective agreement divided by all
 * mediations that ended (settled or ended on another ground of 《人民法院在线调解规则》 art. 25), with the counts.
 * Open mediations are not counted.
 */
@Service
public class MediationStatistics {

	/** One row: {@code rate} in percent with one decimal, {@literal null} when nothing ended. */
	public record Row(String key, String name, long ended, long settled, Double rate) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Causes causes;

	MediationStatistics(JdbcClient jdbc, AuditTrail audit, Causes causes) {
		this.jdbc = jdbc;
		this.causes = causes;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Row> byOrganization(Actor actor) {
		String court = requireStaff(actor);
		return jdbc.sql("""
				select coalesce(o.id::text, 'none'), coalesce(o.name, '个人特邀调解员'),
				       count(*), count(*) filter (where m.status = 'SETTLED')
				  from mediation m join mediator d on d.id = m.mediator_id
				  left join mediation_organization o on o.id = d.organization_id
				 where m.court_id = ? and m.status in ('SETTLED', 'ENDED')
				 group by 1, 2 order by 2""")
			.param(court)
			.query((rs, n) -> row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Row> byCause(Actor actor) {
		String court = requireStaff(actor);
		return jdbc.sql("""
				select coalesce(m.cause_code, ''), count(*), count(*) filter (where m.status = 'SETTLED')
				  from mediation m
				 where m.court_id = ? and m.status in ('SETTLED', 'ENDED')
				 group by 1 order by 1""")
			.param(court)
			.query((rs, n) -> row(rs.getString(1), causeName(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	private String causeName(String code) {
		return code.isEmpty() ? "未列案由" : causes.find(code).map(CauseOfAction::name).orElse(code);
	}

	public static Row total(List<Row> rows) {
		return row("total", "合计", rows.stream().mapToLong(Row::ended).sum(),
				rows.stream().mapToLong(Row::settled).sum());
	}

	static Row row(String key, String name, long ended, long settled) {
		Double rate = ended == 0 ? null : Math.round(settled * 1000.0 / ended) / 10.0;
		return new Row(key, name, ended, settled, rate);
	}

	private String requireStaff(Actor actor) {
		if (!(actor.is(Role.FILING_CLERK) || actor.is(Role.DIVISION_HEAD) || actor.is(Role.PRESIDENT))) {
			audit.denied("mediation.statistics", "mediation", null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		return actor.court().value();
	}
}
