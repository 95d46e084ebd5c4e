package org.smartcourt.mediation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.cases.Cases;
import org.smartcourt.catalogue.CauseOfAction;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PreSuitMediation;
import org.smartcourt.mediation.RoutingInput;
import org.smartcourt.mediation.RoutingReason;
import org.smartcourt.mediation.RoutingSuggestion;
import org.smartcourt.mediation.Track;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The diversion desk (分流台): every civil filing awaiting the court's decision and every newly registered 民初 case
 * gets the router's suggestion; a filing clerk of the court confirms it or overrides it with a reason (audited as an
 * override and shown as such), may re-route with factors the filing does not show (涉外, 下落不明, 反诉, 鉴定,
 * 人身关系/确权, 不同意调解), and diverts a filing to pre-suit mediation with the applicant's consent. Changing the
 * procedure of a registered case stays with the cases module (程序转换, 简转繁).
 */
@Service
public class Diversions {

	/** Factors a clerk adds when re-routing. */
	public record Factors(boolean foreign, boolean whereaboutsUnknown, boolean counterclaim, boolean needsAppraisal,
			boolean personalOrOwnership, boolean mediationRefused) {

		public static final Factors NONE = new Factors(false, false, false, false, false, false);
	}

	private static final String CIVIL_FIRST_INSTANCE = FilingKind.CIVIL.categoryCode();

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Router router;
	private final Causes causes;
	private final PreSuitMediation preSuit;
	private final org.smartcourt.filing.FilingRecords filings;
	private final Cases cases;
	private final Mediations mediations;
	private final AuditTrail audit;
	private final Clock clock;

	Diversions(JdbcClient jdbc, JsonMapper json, Router router, Causes causes, PreSuitMediation preSuit,
			org.smartcourt.filing.FilingRecords filings, Cases cases,
			Mediations mediations, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.router = router;
		this.causes = causes;
		this.preSuit = preSuit;
		this.filings = filings;
		this.cases = cases;
		this.mediations = mediations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The desk: filings awaiting a decision (classified on first sight) and registered cases, undecided first. */
	@Transactional
	public List<DiversionEntry> desk(Actor clerk) {
		requireClerk(clerk, "mediation.diversion.desk");
		for (Filing f : preSuit.awaitingDecision(clerk.court())) {
			if (f.content().kind() == FilingKind.CIVIL && byFiling(f.id().value()).isEmpty()) {
				classify(f);
			}
		}
		return jdbc.sql(SELECT + " where court_id = ? order by decided_at is not null, created_at desc limit 200")
			.param(clerk.court().value())
			.query(this::map)
			.list();
	}

	@Transactional(readOnly = true)
	public DiversionEntry get(Actor clerk, UUID id) {
		requireClerk(clerk, "mediation.diversion.read");
		return find(id).filter(d -> d.courtId().equals(clerk.court().value()))
			.orElseThrow(() -> DomainException.notFound("diversion-not-found", "problem.diversion-not-found.detail"));
	}

	/** Re-routes with the factors the clerk found. */
	@Transactional
	public DiversionEntry reroute(Actor clerk, UUID id, Factors factors) {
		DiversionEntry d = undecided(clerk, id, "mediation.diversion.reroute");
		RoutingInput in = input(d, factors, registeredOn(d));
		store(d.id(), router.route(in));
		audit.success("mediation.diversion.reroute", "diversion", id.toString());
		return find(id).orElseThrow();
	}

	/**
	 * Confirms the suggestion or overrides it (then with a reason). Choosing 诉前调解 for a filing diverts it at once,
	 * which needs the applicant's consent; a registered case cannot go to pre-suit mediation.
	 */
	@Transactional
	public DiversionEntry decide(Actor clerk, UUID id, Track track, String reason, boolean applicantConsents,
			String respondentUsername) {
		DiversionEntry d = undecided(clerk, id, "mediation.diversion.decide");
		List<FieldProblem> problems = new ArrayList<>();
		if (track == null) {
			problems.add(new FieldProblem("track", "required", "validation.mediation.track"));
		}
		boolean override = track != null && track != d.suggested();
		if (override && (reason == null || reason.isBlank())) {
			problems.add(new FieldProblem("reason", "required", "validation.mediation.override-reason"));
		}
		if (reason != null && reason.length() > 1000) {
			problems.add(new FieldProblem("reason", "length", "validation.mediation.reason"));
		}
		if (track == Track.PRE_SUIT_MEDIATION && d.filingId() == null) {
			problems.add(new FieldProblem("track", "registered", "validation.mediation.track.registered"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		jdbc.sql("""
				update mediation_diversion set decided_track = ?, decision_reason = ?, overridden = ?, decided_by = ?,
				       decided_at = ? where id = ?""")
			.params(track.name(), reason == null || reason.isBlank() ? null : reason.strip(), override,
					clerk.displayName(), Timestamp.from(clock.instant()), id)
			.update();
		audit.success(override ? "mediation.diversion.override" : "mediation.diversion.confirm", "diversion",
				id.toString());
		if (track == Track.PRE_SUIT_MEDIATION) {
			mediations.divertFiling(clerk, new FilingId(d.filingId()), applicantConsents, respondentUsername);
		}
		return find(id).orElseThrow();
	}

	/** Every newly registered 民初 case is classified too (the procedure may still change, 简转繁 in cases). */
	@ApplicationModuleListener
	void on(CaseRegistered registered) {
		if (!CIVIL_FIRST_INSTANCE.equals(registered.categoryCode())) {
			return;
		}
		cases.find(registered.caseId()).ifPresent(c -> classify(c, registered.registeredOn()));
	}

	private void classify(Filing f) {
		LocalDate filedOn = f.submittedAt()
			.map(at -> at.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
			.orElse(LocalDate.now(clock));
		long fen = f.content().claimedAmountFen();
		RoutingInput in = new RoutingInput(true, f.content().causeCode(), causeName(f.content().causeCode()),
				fen > 0 ? fen : null, f.content().parties().size(), false, false, false, false, false, false, filedOn);
		insert(f.content().targetCourt(), f.id().value(), null, f.title(), in, router.route(in));
	}

	private void classify(CaseOverview c, LocalDate registeredOn) {
		if (jdbc.sql("select count(*) from mediation_diversion where case_id = ?")
			.param(c.id().value())
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		Long fen = null;
		if (c.registration().filingId() != null) {
			fen = jdbc.sql("select claim_fen from mediation_diversion where filing_id = ?")
				.param(c.registration().filingId())
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		RoutingInput in = new RoutingInput(false, c.registration().causeCode(),
				causeName(c.registration().causeCode()), fen, c.partiesOnly().size(), false, false, false, false,
				false, false, registeredOn);
		insert(c.registration().courtId().value(), null, c.id().value(), c.registration().caseNumber() + " "
				+ c.registration().title(), in, router.route(in));
	}

	private void insert(String court, UUID filingId, UUID caseId, String title, RoutingInput in, RoutingSuggestion s) {
		jdbc.sql("""
				insert into mediation_diversion (id, court_id, filing_id, case_id, title, cause_code, cause_name,
				       claim_fen, suggested_track, procedure_track, reasons, wage_note, wage_unverified, created_at)
				values (?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,?) on conflict do nothing""")
			.params(UUID.randomUUID(), court, filingId, caseId, title == null || title.isBlank() ? "（未列当事人）" : title,
					in.causeCode(), in.causeName(), in.claimFen(), s.track().name(), s.procedure().name(),
					json.writeValueAsString(s.reasons()), s.wageNote(), s.wageUnverified(),
					Timestamp.from(clock.instant()))
			.update();
	}

	private void store(UUID id, RoutingSuggestion s) {
		jdbc.sql("""
				update mediation_diversion set suggested_track = ?, procedure_track = ?, reasons = ?::jsonb,
				       wage_note = ?, wage_unverified = ? where id = ?""")
			.params(s.track().name(), s.procedure().name(), json.writeValueAsString(s.reasons()), s.wageNote(),
					s.wageUnverified(), id)
			.update();
	}

	private RoutingInput input(DiversionEntry d, Factors f, LocalDate day) {
		int parties = partyCount(d);
		return new RoutingInput(d.filingId() != null && d.caseId() == null, d.causeCode(), d.causeName(), d.claimFen(),
				parties, f.foreign(), f.whereaboutsUnknown(), f.counterclaim(), f.needsAppraisal(),
				f.personalOrOwnership(), f.mediationRefused(), day);
	}

	private int partyCount(DiversionEntry d) {
		if (d.caseId() != null) {
			return cases.find(new org.smartcourt.cases.CaseId(d.caseId())).map(c -> c.partiesOnly().size()).orElse(2);
		}
		return filings.find(new FilingId(d.filingId())).map(f -> f.content().parties().size()).orElse(2);
	}

	private LocalDate registeredOn(DiversionEntry d) {
		return jdbc.sql("select created_at from mediation_diversion where id = ?")
			.param(d.id())
			.query(Timestamp.class)
			.single()
			.toInstant()
			.atZone(ZoneId.of("Asia/Shanghai"))
			.toLocalDate();
	}

	private String causeName(String code) {
		return code == null ? null : causes.find(code).map(CauseOfAction::name).orElse(code);
	}

	private DiversionEntry undecided(Actor clerk, UUID id, String action) {
		requireClerk(clerk, action);
		DiversionEntry d = find(id).filter(x -> x.courtId().equals(clerk.court().value())).orElseThrow(() -> {
			audit.denied(action, "diversion", id.toString());
			return DomainException.notFound("diversion-not-found", "problem.diversion-not-found.detail");
		});
		if (!d.awaitsDecision()) {
			throw DomainException.conflict("diversion-decided", "problem.diversion-decided.detail");
		}
		return d;
	}

	private void requireClerk(Actor actor, String action) {
		if (!actor.is(Role.FILING_CLERK)) {
			audit.denied(action, "diversion", null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
	}

	private Optional<DiversionEntry> byFiling(UUID filingId) {
		return jdbc.sql(SELECT + " where filing_id = ?").param(filingId).query(this::map).optional();
	}

	private Optional<DiversionEntry> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
	}

	private static final String SELECT = """
			select id, court_id, filing_id, case_id, title, cause_code, cause_name, claim_fen, suggested_track,
			       procedure_track, reasons, wage_note, wage_unverified, decided_track, decision_reason, overridden,
			       decided_by, decided_at from mediation_diversion""";

	private DiversionEntry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String decided = rs.getString("decided_track");
		Timestamp at = rs.getTimestamp("decided_at");
		long fen = rs.getLong("claim_fen");
		Long claim = rs.wasNull() ? null : fen;
		List<RoutingReason> reasons = json.readValue(rs.getString("reasons"), new TypeReference<List<RoutingReason>>() {
		});
		return new DiversionEntry(rs.getObject("id", UUID.class), rs.getString("court_id"),
				rs.getObject("filing_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("title"),
				rs.getString("cause_code"), rs.getString("cause_name"), claim,
				Track.valueOf(rs.getString("suggested_track")), Track.valueOf(rs.getString("procedure_track")), reasons,
				rs.getString("wage_note"), rs.getBoolean("wage_unverified"), decided == null ? null : Track.valueOf(decided),
				rs.getString("decision_reason"), rs.getBoolean("overridden"), rs.getString("decided_by"),
				at == null ? null : at.toInstant());
	}
}
