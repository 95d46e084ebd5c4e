package org.smartcourt.mediation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.mediation.Specialty;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 特邀调解名册 of a court (《最高人民法院关于人民法院特邀调解的规定》 arts. 5–8): organizations and mediators with
 * their specialties (《人民法院在线调解规则》 art. 28) and availability. Filing clerks and the IT admin of the court
 * keep it; every change is audited.
 */
@Service
public class MediationRoster {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	MediationRoster(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<OrganizationEntry> organizations(String courtId) {
		return jdbc.sql("select id, court_id, name, specialties, active from mediation_organization where court_id = ? "
				+ "order by name")
			.param(courtId)
			.query((rs, n) -> new OrganizationEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					specialties(rs.getString(4)), rs.getBoolean(5)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<MediatorEntry> mediators(String courtId) {
		return jdbc.sql(SELECT + " where m.court_id = ? order by m.name").param(courtId).query(MediationRoster::map).list();
	}

	@Transactional(readOnly = true)
	public Optional<MediatorEntry> mediator(UUID id) {
		return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MediationRoster::map).optional();
	}

	@Transactional(readOnly = true)
	public Optional<MediatorEntry> mediatorOf(String username) {
		return jdbc.sql(SELECT + " where m.username = ?").param(username).query(MediationRoster::map).optional();
	}

	@Transactional
	public OrganizationEntry addOrganization(Actor actor, String name, List<Specialty> specialties) {
		requireKeeper(actor, "mediation.roster.organization");
		List<FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 200) {
			problems.add(new FieldProblem("name", "required", "validation.mediation.organization.name"));
		}
		if (specialties == null || specialties.isEmpty()) {
			problems.add(new FieldProblem("specialties", "required", "validation.mediation.specialties"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		boolean taken = jdbc.sql("select count(*) from mediation_organization where court_id = ? and name = ?")
			.params(actor.court().value(), name.strip())
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw DomainException.conflict("mediation-organization-exists", "problem.mediation-organization-exists.detail");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mediation_organization (id, court_id, name, specialties, active, created_at) "
				+ "values (?,?,?,?,true,?)")
			.params(id, actor.court().value(), name.strip(), codes(specialties), Timestamp.from(clock.instant()))
			.update();
		audit.success("mediation.roster.organization", "mediation_organization", id.toString());
		return organizations(actor.court().value()).stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional
	public MediatorEntry addMediator(Actor actor, UUID organizationId, String name, String username,
			List<Specialty> specialties) {
		requireKeeper(actor, "mediation.roster.mediator");
		List<FieldProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 100) {
			problems.add(new FieldProblem("name", "required", "validation.mediation.mediator.name"));
		}
		if (specialties == null || specialties.isEmpty()) {
			problems.add(new FieldProblem("specialties", "required", "validation.mediation.specialties"));
		}
		if (organizationId != null && organizations(actor.court().value()).stream()
			.noneMatch(o -> o.id().equals(organizationId))) {
			problems.add(new FieldProblem("organizationId", "unknown", "validation.mediation.organization.unknown"));
		}
		String account = username == null || username.isBlank() ? null : username.strip();
		if (account != null && mediatorOf(account).isPresent()) {
			problems.add(new FieldProblem("username", "taken", "validation.mediation.mediator.username-taken"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mediator (id, court_id, organization_id, name, username, specialties, active, created_at) "
				+ "values (?,?,?,?,?,?,true,?)")
			.params(id, actor.court().value(), organizationId, name.strip(), account, codes(specialties),
					Timestamp.from(clock.instant()))
			.update();
		audit.success("mediation.roster.mediator", "mediator", id.toString());
		return mediator(id).orElseThrow();
	}

	/** 暂停/恢复, or on leave until a day (inclusive); a past day means available again. */
	@Transactional
	public MediatorEntry setAvailability(Actor actor, UUID mediatorId, boolean active, LocalDate onLeaveUntil) {
		requireKeeper(actor, "mediation.roster.availability");
		MediatorEntry entry = mediator(mediatorId).filter(m -> m.courtId().equals(actor.court().value()))
			.orElseThrow(() -> DomainException.notFound("mediator-not-found", "problem.mediator-not-found.detail"));
		jdbc.sql("update mediator set active = ?, on_leave_until = ? where id = ?")
			.params(active, onLeaveUntil == null ? null : Date.valueOf(onLeaveUntil), entry.id())
			.update();
		audit.success("mediation.roster.availability", "mediator", entry.id().toString());
		return mediator(mediatorId).orElseThrow();
	}

	/** Filing clerks and the IT admin of the court keep the roster. */
	static boolean isKeeper(Actor actor) {
		return actor.is(Role.FILING_CLERK) || actor.is(Role.IT_ADMIN);
	}

	private void requireKeeper(Actor actor, String action) {
		if (!isKeeper(actor)) {
			audit.denied(action, "mediator", null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
	}

	/** Today in the court's zone, for availability. */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	private static final String SELECT = """
			select m.id, m.court_id, m.organization_id, o.name as org_name, m.name, m.username, m.specialties, m.active,
			       m.on_leave_until
			  from mediator m left join mediation_organization o on o.id = m.organization_id""";

	private static MediatorEntry map(ResultSet rs, int n) throws SQLException {
		Date leave = rs.getDate("on_leave_until");
		return new MediatorEntry(rs.getObject("id", UUID.class), rs.getString("court_id"),
				rs.getObject("organization_id", UUID.class), rs.getString("org_name"), rs.getString("name"),
				rs.getString("username"), specialties(rs.getString("specialties")), rs.getBoolean("active"),
				leave == null ? null : leave.toLocalDate());
	}

	static List<Specialty> specialties(String codes) {
		return codes == null || codes.isBlank() ? List.of()
				: Arrays.stream(codes.split(",")).map(String::strip).map(Specialty::valueOf).toList();
	}

	static String codes(List<Specialty> specialties) {
		return specialties.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
	}
}
