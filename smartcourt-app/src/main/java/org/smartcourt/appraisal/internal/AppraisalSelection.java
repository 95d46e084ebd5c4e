package org.smartcourt.appraisal.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.appraisal.EntrustmentStatus;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Grant;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Level;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.ExcludedPeriods;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 选择鉴定机构: the judge's 委托鉴定申请, the parties' agreed choice (当事人协商一致选择) or else a random draw (随机摇号)
 * among qualified, unconflicted roster entries (2002 规定 arts. 10, 12), the 委托书 it issues (证据规定 art. 32), and
 * re-selection after a late report (art. 35 para. 2). Each command runs in one transaction with its audit record; a
 * refused command changes nothing. Entrusting starts the appraisal interval on the case's 审限 clock (民诉解释 art. 243).
 */
@Service
public class AppraisalSelection {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final EntrustmentRepository repository;
	private final RosterRepository roster;
	private final EntrustmentAccess access;
	private final Cases cases;
	private final ExcludedPeriods periods;
	private final EntrustmentLetter letter;
	private final Courts courts;
	private final AppraisalFields fields;
	private final HeldEntrustments held;
	private final AppraisalNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	AppraisalSelection(EntrustmentRepository repository, RosterRepository roster, EntrustmentAccess access,
			Cases cases, ExcludedPeriods periods, EntrustmentLetter letter, Courts courts, AppraisalFields fields,
			HeldEntrustments held, AppraisalNotices notices, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.roster = roster;
		this.access = access;
		this.cases = cases;
		this.periods = periods;
		this.letter = letter;
		this.courts = courts;
		this.fields = fields;
		this.held = held;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the judge states (证据规定 arts. 30–32, 34). */
	public record Request(String matter, String scope, String purpose, String field, boolean complex, String materials,
			LocalDate materialsExaminedOn) {
	}

	/** 委托鉴定申请: by the case's team; goes to the appraisal office. */
	@Transactional
	public UUID request(Actor actor, CaseId caseId, Request r) {
		CaseOverview overview = cases.find(caseId).orElseThrow(AppraisalScope::notFound);
		AppraisalScope.requireStaffOf(actor, overview.registration().courtId());
		if (!overview.hasTeamMember(actor.username())) {
			throw DomainException.forbidden("appraisal-not-allowed", "problem.appraisal-not-allowed.detail");
		}
		LocalDate today = held.today();
		List<FieldProblem> problems = new ArrayList<>();
		String matter = Texts.required(r.matter(), "matter", 500, problems);
		String scope = Texts.required(r.scope(), "scope", 500, problems);
		String purpose = Texts.required(r.purpose(), "purpose", 500, problems);
		String materials = Texts.required(r.materials(), "materials", 2000, problems);
		if (r.field() == null || fields.find(r.field()).isEmpty()) {
			problems.add(new FieldProblem("field", "unknown", "validation.appraisal.field-unknown"));
		}
		if (r.materialsExaminedOn() == null) {
			problems.add(new FieldProblem("materialsExaminedOn", "required", "validation.appraisal.examined"));
		}
		else if (r.materialsExaminedOn().isAfter(today)
				|| r.materialsExaminedOn().isBefore(overview.registration().registeredOn())) {
			problems.add(new FieldProblem("materialsExaminedOn", "range", "validation.appraisal.examined-range"));
		}
		Texts.check(problems);
		Entrustment e = new Entrustment(UUID.randomUUID(), caseId, overview.registration().courtId(),
				overview.registration().caseNumber().format(), matter, scope, purpose, r.field(), r.complex(), materials,
				r.materialsExaminedOn(), actor.username(), clock.instant(), EntrustmentStatus.SELECTING, null, null, null,
				null, null, null, 0);
		repository.insert(e);
		audit.success("appraisal.request", "appraisal-entrustment", e.id().toString());
		notices.send("request:" + e.id(), notices.partiesOf(overview), "appraisal.progress", "/my/appraisals",
				notices.values(e, "法院决定委托鉴定（" + fields.name(e.field()) + "），请在规定期间内协商选择鉴定机构；协商不成的，由法院随机摇号选定"));
		return e.id();
	}

	/** A party's choice of institution (2002 规定 art. 10: 当事人协商一致选择); the office confirms an agreement. */
	@Transactional
	public void choose(Actor actor, UUID id, UUID institution) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.PARTY);
		requireSelecting(e);
		if (g.side() == null) {
			throw DomainException.forbidden("appraisal-not-allowed", "problem.appraisal-not-allowed.detail");
		}
		requireCandidate(e, g.overview(), institution);
		repository.saveChoice(id, new Steps.PartyChoice(g.side(), institution, actor.username(), clock.instant()));
		audit.success("appraisal.choose", "appraisal-entrustment", id.toString());
	}

	/**
	 * The office records the parties' agreement (their identical choices online, or an agreement it received) and
	 * entrusts the institution.
	 */
	@Transactional
	public void confirmAgreement(Actor actor, UUID id, UUID institution) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.OFFICE);
		requireSelecting(e);
		requireCandidate(e, g.overview(), institution);
		entrust(actor, e, g.overview(), institution, "AGREED", null);
		audit.success("appraisal.agreement", "appraisal-entrustment", id.toString());
	}

	/** 摇号 scheduled: the parties see the time and may attend online; who does not attend gives up the choice. */
	@Transactional
	public void scheduleDraw(Actor actor, UUID id, Instant at) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.OFFICE);
		requireSelecting(e);
		if (at == null || at.isBefore(clock.instant().minusSeconds(600))) {
			Texts.check(List.of(new FieldProblem("drawAt", "range", "validation.appraisal.draw-at")));
		}
		repository.update(e.withStatus(EntrustmentStatus.DRAW_SCHEDULED, at, e.currentAssignment()));
		audit.success("appraisal.draw.schedule", "appraisal-entrustment", id.toString());
		notices.send("draw:" + id + ":" + at, notices.partiesOf(g.overview()), "appraisal.progress",
				"/my/appraisals/" + id,
				notices.values(e, "法院定于" + at.atZone(clock.getZone()).toLocalDateTime().toString().replace('T', ' ')
						+ "随机摇号选择鉴定机构，您可以在线到场观看；未到场的视为放弃选择"));
	}

	/** A party opened the draw page while the draw is pending: recorded as 到场. */
	@Transactional
	public void attend(Actor actor, UUID id) {
		Entrustment e = repository.find(id).orElseThrow(AppraisalScope::notFound);
		Grant g = access.require(actor, e, Level.PARTY);
		if (e.status() == EntrustmentStatus.DRAW_SCHEDULED) {
			repository.attend(id, actor.username(), g.side() == null ? "OTHER" : g.side(), clock.instant());
		}
	}

	/** 随机摇号 (2002 规定 art. 10): at or after the scheduled time. */
	@Transactional
	public Steps.Draw draw(Actor actor, UUID id) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.OFFICE);
		if (e.status() != EntrustmentStatus.DRAW_SCHEDULED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (e.drawAt().isAfter(clock.instant())) {
			throw DomainException.conflict("appraisal-draw-not-yet", "problem.appraisal-draw-not-yet.detail");
		}
		return drawAndEntrust(actor, e, g.overview());
	}

	/** After the 鉴定期限 passed without a report, a party asks for another institution (证据规定 art. 35 para. 2). */
	@Transactional
	public void requestReselection(Actor actor, UUID id) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.PARTY);
		Assignment a = e.currentAssignment() == null ? null : repository.assignment(e.currentAssignment()).orElse(null);
		if (a == null || !e.status().running() || !held.today().isAfter(held.due(e, a).due())
				|| held.due(e, a).waiting()) {
			throw DomainException.ruleViolation("appraisal-not-late", "problem.appraisal-not-late.detail");
		}
		repository.update(new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), e.status(), e.drawAt(), e.currentAssignment(), e.clockExclusion(), e.objectionUntil(),
				actor.username(), e.terminatedReason(), e.version()));
		audit.success("appraisal.reselection.request", "appraisal-entrustment", id.toString());
		notices.send("reselect:" + a.id(), notices.judgeOf(g.overview()), "appraisal.progress", "/appraisal/" + id,
				notices.values(e, SideNames.of(g.side()) + "以鉴定逾期为由申请另行委托鉴定（证据规定第三十五条第二款）"));
	}

	/**
	 * 重新选择: on a party's request after a late report, the office draws again at once, excluding the late
	 * institution, whose fee is marked for refund (证据规定 art. 35 para. 2); the lateness counts in its record.
	 */
	@Transactional
	public Steps.Draw reselect(Actor actor, UUID id) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.OFFICE);
		Assignment a = e.currentAssignment() == null ? null : repository.assignment(e.currentAssignment()).orElse(null);
		if (a == null || e.reselectionRequestedBy() == null || !e.status().running()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		repository.update(new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				a.reportSha256(), a.reportName(), a.reportOn(), "LATE_REPLACED",
				a.lateFlaggedAt() == null ? clock.instant() : a.lateFlaggedAt(), a.warnedAt(), a.feeQuoted(), a.feePaid(),
				a.feePaidBy(), "DUE", a.attendance()));
		repository.clearChoices(id);
		repository.clearAttendance(id);
		Entrustment reopened = new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), EntrustmentStatus.DRAW_SCHEDULED, clock.instant(), null, e.clockExclusion(),
				e.objectionUntil(), null, e.terminatedReason(), e.version());
		repository.update(reopened);
		audit.success("appraisal.reselect", "appraisal-entrustment", id.toString());
		return drawAndEntrust(actor, reopened, g.overview());
	}

	/** The current candidates and exclusions for this entrustment, as a draw now would see them. */
	Eligibility.Split eligibility(Entrustment e, CaseOverview overview) {
		Map<UUID, String> conflicts = new HashMap<>();
		Set<String> names = overview.parties().stream().map(CaseParty::name).collect(Collectors.toCollection(HashSet::new));
		conflicts.putAll(roster.conflictsWith(names));
		repository.recusals(e.caseId())
			.forEach(r -> conflicts.putIfAbsent(r.institutionId(), "当事人申请回避成立：" + r.reason() + "（2002 规定第十二条）"));
		for (Assignment a : repository.assignmentsOfCase(e.caseId())) {
			conflicts.putIfAbsent(a.institutionId(), switch (a.outcome()) {
				case "DECLINED" -> "已拒绝本案委托";
				case "LATE_REPLACED" -> "本案鉴定逾期未出具鉴定意见，当事人申请另行委托（证据规定第三十五条第二款）";
				case "ACTIVE" -> "正在承担本案鉴定";
				default -> "曾参与本案鉴定";
			});
		}
		return Eligibility.split(roster.ofCourt(e.court()), e.field(), held.today(), conflicts);
	}

	private Steps.Draw drawAndEntrust(Actor actor, Entrustment e, CaseOverview overview) {
		Eligibility.Split split = eligibility(e, overview);
		if (split.candidates().isEmpty()) {
			throw DomainException.ruleViolation("appraisal-no-candidate", "problem.appraisal-no-candidate.detail");
		}
		long seed = SEEDS.nextLong();
		RandomDraw.Result result = RandomDraw.draw(seed, split.candidates());
		int round = repository.assignments(e.id()).size() + 1;
		Steps.Draw draw = new Steps.Draw(UUID.randomUUID(), e.id(), round, seed, RandomDraw.ALGORITHM,
				RandomDraw.text(result.candidates()), result.fingerprint(), Eligibility.text(split.excluded()),
				result.chosen().id(), attendanceText(e, overview), actor.username(), clock.instant());
		repository.insert(draw);
		entrust(actor, e, overview, result.chosen().id(), "DRAWN", draw.id());
		audit.success("appraisal.draw", "appraisal-entrustment", e.id().toString());
		return draw;
	}

	private String attendanceText(Entrustment e, CaseOverview overview) {
		Set<String> present = repository.attendance(e.id()).stream().map(Steps.Attendance::side).collect(Collectors.toSet());
		return overview.partiesOnly().stream()
			.map(p -> p.side().name())
			.distinct()
			.map(side -> SideNames.of(side) + (present.contains(side) ? "：在线到场" : "：未到场，视为放弃选择"))
			.collect(Collectors.joining("；"));
	}

	private void entrust(Actor actor, Entrustment e, CaseOverview overview, UUID institutionId, String via, UUID drawId) {
		Institution institution = roster.find(institutionId).orElseThrow(AppraisalScope::notFound);
		int round = repository.assignments(e.id()).size() + 1;
		LocalDate today = held.today();
		String courtName = courts.find(e.court()).map(Courts.CourtSummary::name).orElse(e.court().value());
		StoredFile stored = letter.issue(courtName, e, overview.registration().title(), fields.name(e.field()), institution,
				via, round, today);
		Assignment a = new Assignment(UUID.randomUUID(), e.id(), round, institutionId, via, drawId, clock.instant(),
				stored.sha256(), null, null, null, null, null, null, null, "ACTIVE", null, null, null, null, null, "NONE",
				null);
		repository.insert(a);
		UUID exclusion = e.clockExclusion();
		if (exclusion == null) {
			exclusion = periods.start(actor, e.caseId(), ExcludedPeriods.Kind.APPRAISAL, today,
					"委托司法鉴定（" + fields.name(e.field()) + "）：" + e.matter());
		}
		repository.update(new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), EntrustmentStatus.ENTRUSTED, e.drawAt(), a.id(), exclusion, e.objectionUntil(), null,
				e.terminatedReason(), e.version()));
		Map<String, String> v = notices.values(e,
				"委托" + institution.name() + "鉴定（" + ("DRAWN".equals(via) ? "随机摇号" : "协商一致")
				+ "选定）");
		v.put("field", fields.name(e.field()));
		v.put("matter", e.matter());
		v.put("replyBy", held.replyBy(a).toString());
		notices.send("entrusted:" + a.id(), Set.of(Objects.requireNonNullElse(institution.account(), "")),
				"appraisal.entrusted", "/institution/entrustments/" + e.id(), v);
		notices.send("selected:" + a.id(), notices.judgeAndParties(overview), "appraisal.progress",
				"/appraisal/" + e.id(), v);
	}

	private void requireCandidate(Entrustment e, CaseOverview overview, UUID institution) {
		Eligibility.Split split = eligibility(e, overview);
		if (institution == null || split.candidates().stream().noneMatch(c -> c.id().equals(institution))) {
			throw DomainException.ruleViolation("appraisal-not-eligible", "problem.appraisal-not-eligible.detail");
		}
	}

	private static void requireSelecting(Entrustment e) {
		if (!e.status().selecting()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
	}
}
