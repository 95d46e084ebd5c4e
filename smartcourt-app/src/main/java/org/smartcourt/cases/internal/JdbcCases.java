package org.smartcourt.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Cases} on {@code court_case} and its party and team tables. */
@Service
class JdbcCases implements Cases {

	private final JdbcClient jdbc;
	private final CaseRegistry registry;
	private final CaseParties parties;
	private final CourtHierarchy hierarchy;
	private final AuditTrail audit;

	JdbcCases(JdbcClient jdbc, CaseRegistry registry, CaseParties parties, CourtHierarchy hierarchy,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.parties = parties;
		this.hierarchy = hierarchy;
		this.audit = audit;
	}

	private record Row(CaseStage stage, UUID department, String filer) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseOverview> find(CaseId id) {
		return registry.byId(id).flatMap(registration -> jdbc
			.sql("select stage, department_id, filer_username from court_case where id = ?")
			.param(id.value())
			.query((rs, n) -> new Row(CaseStage.valueOf(rs.getString("stage")),
					rs.getObject("department_id", UUID.class), rs.getString("filer_username")))
			.optional()
			.map(row -> new CaseOverview(registration, row.stage(), row.department(), row.filer(), parties.of(id),
					parties.teamOf(id))));
	}

	@Override
	@Transactional
	public CaseView view(Actor actor, CaseId id) {
		Optional<CaseOverview> overview = find(id);
		Optional<Audience> level = overview.flatMap(o -> levelFor(actor, o));
		if (level.isEmpty()) {
			audit.record(actor, "case.read", "case", id.toString(), AuditOutcome.DENIED, null);
			throw DomainException.notFound("case-not-found", "problem.case-not-found.detail", id.toString());
		}
		audit.record(actor, "case.read", "case", id.toString(), AuditOutcome.SUCCESS, null);
		return new CaseView(overview.get(), level.get());
	}

	@Override
	public Optional<Audience> levelFor(Actor actor, CaseOverview overview) {
		if (actor.isStaff()) {
			return hierarchy.subtree(actor.court()).contains(overview.registration().courtId())
					? Optional.of(Audience.COURT) : Optional.empty();
		}
		boolean own = actor.username().equals(overview.filerUsername())
				|| overview.parties().stream().anyMatch(p -> actor.username().equals(p.username()));
		return own ? Optional.of(Audience.PARTIES) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseOverview> casesOfParty(Actor actor) {
		// two branches, each on its index: with OR the planner scanned every case of the province
		return jdbc.sql("""
				select id from (
				  select c.id, c.registered_at from court_case c where c.filer_username = :user
				  union
				  select c.id, c.registered_at from case_party p join court_case c on c.id = p.case_id
				   where p.username = :user) mine
				 order by registered_at desc limit 200""")
			.param("user", actor.username())
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> find(new CaseId(id)).orElseThrow())
			.toList();
	}
}
