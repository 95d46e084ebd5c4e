package org.smartcourt.mediation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingRecords;
import org.smartcourt.filing.FilingTitles;
import org.smartcourt.filing.PreSuitMediation;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.MediationStatus;
import org.smartcourt.mediation.internal.MediationAccess.Level;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a mediation and designating its mediator. Before filing (诉前调解): a filing clerk diverts a submitted
 * filing with the applicant's consent; the filing waits (filing.PreSuitMediation) and the mediation runs on a
 * 民诉前调 case. After filing (委托调解): a registered 民初 case's clerk or judge entrusts it. Then the parties may
 * choose a mediator jointly within 2 working days (《人民法院在线调解规则》 art. 10 para 2), else the court designates
 * within 3 working days (art. 10 para 3); the mediator accepts or declines with reasons within 3 working days, and a
 * decline or a silent mediator means a new designation (art. 12). The period runs from acceptance (art. 24 para 2).
 */
@Service
public class Mediations {

	static final String PRE_SUIT_CATEGORY = "9901";

	private final MediationRepository repository;
	private final MediationAccess access;
	private final MediationClock periods;
	private final MediationRoster roster;
	private final PreSuitMediation preSuit;
	private final FilingRecords filings;
	private final CaseRegistry registry;
	private final Cases cases;
	private final MediationNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	Mediations(MediationRepository repository, MediationAccess access, MediationClock periods, MediationRoster roster,
			PreSuitMediation preSuit, FilingRecords filings, CaseRegistry registry, Cases cases,
			MediationNotices notices, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.periods = periods;
		this.roster = roster;
		this.preSuit = preSuit;
		this.filings = filings;
		this.registry = registry;
		this.cases = cases;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 转诉前调解: only with the applicant's consent (《人民法院在线调解规则》 art. 4, 自愿); the respondent's account, when
	 * known, lets the respondent take part online.
	 */
	@Transactional
	public MediationDetail divertFiling(Actor clerk, FilingId filingId, boolean applicantConsents,
			String respondentUsername) {
		if (!applicantConsents) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("consent", "required", "validation.mediation.consent")));
		}
		if (!clerk.is(Role.FILING_CLERK)) {
			audit.denied("mediation.divert", "filing", filingId.toString());
			throw DomainException.notFound("filing-not-found", "problem.filing-not-found.detail");
		}
		Filing filing = preSuit.divert(clerk, filingId, "转诉前调解（申请人同意）");
		FilingContent content = filing.content();
		String title = FilingTitles.of(filing);
		List<CaseParty> parties = new ArrayList<>();
		for (FilingContent.Party p : content.parties()) {
			PartySide side = switch (p.role()) {
				case PLAINTIFF -> PartySide.APPLICANT;
				case DEFENDANT -> PartySide.RESPONDENT;
				case THIRD_PARTY -> PartySide.THIRD_PARTY;
			};
			parties.add(CaseParty.party(parties.size() + 1, side, p.type() == null ? null : p.type().name(),
					p.displayName(), p.idNumber() != null ? p.idNumber() : p.creditCode()));
		}
		// the filing keeps its own id for the 民初 registration if mediation fails, so the 民诉前调 case has none
		RegisteredCase registered = registry.register(new RegisterCase(new CourtId(content.targetCourt()),
				PRE_SUIT_CATEGORY, null, Procedure.OTHER, content.causeCode(), null, title, parties,
				filing.filerUsername()));
		LocalDate today = LocalDate.now(clock);
		MediationId id = MediationId.random();
		repository.insert(new MediationRepository.NewMediation(id, content.targetCourt(), MediationKind.PRE_SUIT,
				filing.id().value(), registered.id().value(), registered.caseNumber().toString(), title,
				content.causeCode(), null, today, periods.jointChoice(today).date(), periods.designation(today).date(),
				clock.instant()));
		boolean respondentLinked = false;
		for (CaseParty p : parties) {
			String username = null;
			if (p.side() == PartySide.APPLICANT && p.seq() == firstOf(parties, PartySide.APPLICANT)) {
				username = filing.filerUsername();
			}
			else if (p.side() == PartySide.RESPONDENT && !respondentLinked && respondentUsername != null
					&& !respondentUsername.isBlank()) {
				username = respondentUsername.strip();
				respondentLinked = true;
			}
			repository.insertParty(id, p.seq(), p.side().name(), p.name(), username);
		}
		audit.success("mediation.divert", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/** 委托调解 of a registered civil case by a filing clerk of its court or its 承办法官. */
	@Transactional
	public MediationDetail entrust(Actor actor, CaseId caseId) {
		CaseOverview c = cases.find(caseId)
			.filter(o -> mayEntrust(actor, o))
			.orElseThrow(() -> {
				audit.denied("mediation.entrust", "case", caseId.toString());
				return DomainException.notFound("case-not-found", "problem.case-not-found.detail", caseId.toString());
			});
		if (c.stage() == CaseStage.CLOSED || c.stage() == CaseStage.ARCHIVED || c.stage() == CaseStage.SUSPENDED) {
			throw DomainException.conflict("mediation-case-not-open", "problem.mediation-case-not-open.detail");
		}
		if (repository.openOnCase(caseId.value())) {
			throw DomainException.conflict("mediation-already-open", "problem.mediation-already-open.detail");
		}
		LocalDate today = LocalDate.now(clock);
		MediationId id = MediationId.random();
		RegisteredCase r = c.registration();
		repository.insert(new MediationRepository.NewMediation(id, r.courtId().value(), MediationKind.ENTRUSTED, null,
				r.id().value(), r.caseNumber().toString(), r.title(), r.causeCode(), r.procedure(), today,
				periods.jointChoice(today).date(), periods.designation(today).date(), clock.instant()));
		repository.setOriginCase(id, r.id().value());
		for (CaseParty p : c.partiesOnly()) {
			String username = p.username() != null ? p.username()
					: p.seq() == 1 && c.filerUsername() != null ? c.filerUsername() : null;
			repository.insertParty(id, p.seq(), p.side().name(), p.name(), username);
		}
		audit.success("mediation.entrust", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	private static boolean mayEntrust(Actor actor, CaseOverview c) {
		if (actor.is(Role.FILING_CLERK)) {
			return actor.court().equals(c.registration().courtId());
		}
		return actor.is(Role.JUDGE) && c.inRole(TeamRole.RESPONSIBLE_JUDGE)
			.stream()
			.anyMatch(m -> actor.username().equals(m.username()));
	}

	/** A clerk links a party to the platform account that acts for it (so it can take part online). */
	@Transactional
	public MediationDetail linkParty(Actor clerk, MediationId id, int seq, String username) {
		MediationDetail m = locked(id);
		access.require(clerk, m, "mediation.link-party", Level.CLERK);
		if (m.parties().stream().noneMatch(p -> p.seq() == seq) || username == null || username.isBlank()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("username", "required", "validation.mediation.party.username")));
		}
		repository.linkParty(id, seq, username.strip());
		audit.success("mediation.link-party", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/**
	 * 共同选择 (art. 10 para 2): each party names a mediator of the court's roster within 2 working days; when all named
	 * the same one, that mediator is designated.
	 */
	@Transactional
	public MediationDetail choose(Actor party, MediationId id, UUID mediatorId) {
		MediationDetail m = locked(id);
		access.require(party, m, "mediation.choose", Level.PARTY);
		requireStatus(m, MediationStatus.AWAITING_DESIGNATION);
		LocalDate today = LocalDate.now(clock);
		if (today.isAfter(m.choiceDue())) {
			throw DomainException.conflict("mediation-choice-closed", "problem.mediation-choice-closed.detail",
					m.choiceDue().toString());
		}
		MediatorEntry mediator = available(m, mediatorId, today);
		int seq = m.partyOf(party.username()).orElseThrow().seq();
		repository.choose(id, seq, mediator.id());
		MediationDetail after = repository.find(id).orElseThrow();
		boolean agreed = after.parties().stream().allMatch(p -> mediator.id().equals(p.chosenMediatorId()));
		if (agreed) {
			designate(after, mediator, true, today);
		}
		audit.success("mediation.choose", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/**
	 * 指定 (art. 10 para 3) by a filing clerk of the court; also 重新指定 after a decline or when the designated mediator
	 * let the acceptance period pass (art. 12 para 2).
	 */
	@Transactional
	public MediationDetail designate(Actor clerk, MediationId id, UUID mediatorId) {
		MediationDetail m = locked(id);
		access.require(clerk, m, "mediation.designate", Level.CLERK);
		LocalDate today = LocalDate.now(clock);
		boolean redesignation = m.acceptanceOverdue(today);
		if (m.status() != MediationStatus.AWAITING_DESIGNATION && !redesignation) {
			throw DomainException.conflict("mediation-wrong-status", "problem.mediation-wrong-status.detail");
		}
		MediatorEntry mediator = available(m, mediatorId, today);
		designate(m, mediator, false, today);
		audit.success("mediation.designate", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	private void designate(MediationDetail m, MediatorEntry mediator, boolean byChoice, LocalDate today) {
		Due acceptBy = periods.acceptance(today);
		repository.designate(m.id(), mediator.id(), byChoice, today, acceptBy.date());
		notices.toMediator(m, mediator.username(), "mediation.designated", Map.of("acceptBy", acceptBy.date().toString()));
	}

	private MediatorEntry available(MediationDetail m, UUID mediatorId, LocalDate today) {
		return roster.mediator(mediatorId == null ? new UUID(0, 0) : mediatorId)
			.filter(x -> x.courtId().equals(m.courtId()) && x.availableOn(today))
			.orElseThrow(() -> DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("mediatorId", "unavailable", "validation.mediation.mediator.unavailable"))));
	}

	/** 确认接受 (art. 12): the period starts today (art. 24 para 2). */
	@Transactional
	public MediationDetail accept(Actor mediator, MediationId id) {
		MediationDetail m = locked(id);
		access.require(mediator, m, "mediation.accept", Level.MEDIATOR);
		requireStatus(m, MediationStatus.AWAITING_ACCEPTANCE);
		LocalDate today = LocalDate.now(clock);
		repository.answer(id, "ACCEPTED", null, clock.instant());
		repository.accepted(id, today, periods.period(m.kind(), m.procedure(), today));
		audit.success("mediation.accept", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/** 不予接受 with reasons (art. 12 para 2): back to the court for a new designation within 3 working days. */
	@Transactional
	public MediationDetail decline(Actor mediator, MediationId id, String reason) {
		MediationDetail m = locked(id);
		access.require(mediator, m, "mediation.decline", Level.MEDIATOR);
		requireStatus(m, MediationStatus.AWAITING_ACCEPTANCE);
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("reason", "required", "validation.mediation.reason")));
		}
		LocalDate today = LocalDate.now(clock);
		repository.answer(id, "DECLINED", reason.strip(), clock.instant());
		repository.declined(id, periods.designation(today));
		audit.success("mediation.decline", "mediation", id.toString());
		return repository.find(id).orElseThrow();
	}

	/** One mediation as {@code actor} may see it; audited as a read. */
	@Transactional(readOnly = true)
	public MediationDetail view(Actor actor, MediationId id) {
		MediationDetail m = repository.find(id).orElseThrow(() -> MediationAccess.notFound(id));
		access.require(actor, m, "mediation.read", Level.CLERK, Level.MEDIATOR, Level.PARTY);
		audit.success("mediation.read", "mediation", id.toString());
		return m;
	}

	/**
	 * How {@code actor} takes part: CLERK, MEDIATOR or PARTY; NONE right after a mediator declined (the answer to
	 * that command is the last thing they see of it).
	 */
	public String levelOf(Actor actor, MediationDetail m) {
		return MediationAccess.levelOf(actor, m).map(Enum::name).orElse("NONE");
	}

	/** The court's mediations, for its filing clerks (the queue shows overdue designations and acceptances). */
	@Transactional(readOnly = true)
	public List<MediationDetail> ofCourt(Actor clerk) {
		if (!clerk.is(Role.FILING_CLERK)) {
			audit.denied("mediation.queue", "mediation", null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		return repository.ofCourt(clerk.court().value());
	}

	/** The mediations on a case, for the case page, which has checked the viewer's access to the case. */
	@Transactional(readOnly = true)
	public List<MediationDetail> onCase(CaseId caseId) {
		return repository.onCase(caseId.value());
	}

	/** Whether {@code actor} may entrust this case to mediation now (its clerk or 承办法官, none open). */
	public boolean mayEntrustNow(Actor actor, CaseOverview c) {
		return "0301".equals(c.registration().categoryCode()) && mayEntrust(actor, c)
				&& (c.stage() == CaseStage.ASSIGNED || c.stage() == CaseStage.IN_TRIAL || c.stage() == CaseStage.REGISTERED)
				&& !repository.openOnCase(c.id().value());
	}

	/** 我的调解: the mediator's workbench. */
	@Transactional(readOnly = true)
	public List<MediationDetail> ofMediator(Actor mediator) {
		if (!mediator.is(Role.MEDIATOR)) {
			audit.denied("mediation.workbench", "mediation", null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		return repository.ofMediator(mediator.username());
	}

	/** The parties' mediation room. */
	@Transactional(readOnly = true)
	public List<MediationDetail> ofParty(Actor party) {
		return party.isStaff() ? List.of() : repository.ofParty(party.username());
	}

	MediationDetail locked(MediationId id) {
		return repository.lock(id).orElseThrow(() -> MediationAccess.notFound(id));
	}

	static void requireStatus(MediationDetail m, MediationStatus... allowed) {
		for (MediationStatus s : allowed) {
			if (m.status() == s) {
				return;
			}
		}
		throw DomainException.conflict("mediation-wrong-status", "problem.mediation-wrong-status.detail");
	}

	private static int firstOf(List<CaseParty> parties, PartySide side) {
		return parties.stream().filter(p -> p.side() == side).mapToInt(CaseParty::seq).min().orElse(-1);
	}

	LocalDateTime now() {
		return LocalDateTime.now(clock);
	}
}
