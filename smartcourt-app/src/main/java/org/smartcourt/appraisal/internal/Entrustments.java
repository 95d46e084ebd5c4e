package org.smartcourt.appraisal.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.smartcourt.cases.TeamMember;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands of 委托鉴定, each in one transaction with its audit record; a refused command changes nothing. The
 * rules applied are named where they decide: selection by agreement first, else a random draw among qualified,
 * unconflicted roster entries (2002 规定 arts. 10, 12); the 委托书 (证据规定 art. 32); the 承诺书 (art. 33); the
 * cross-examined material (art. 34); late reports and re-selection with refund (art. 35); objections (art. 37) and
 * attendance (art. 38, 民诉法 art. 81); the appraisal interval excluded from the 审限 (民诉解释 art. 243).
 */
@Service
public class Entrustments {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final EntrustmentRepository repository;
	private final RosterRepository roster;
	private final EntrustmentAccess access;
	private final Cases cases;
	private final ExcludedPeriods periods;
	private final Deadlines deadlines;
	private final HolidayCalendar holidays;
	private final EntrustmentLetter letter;
	private final FileStore files;
	private final Courts courts;
	private final AppraisalFields fields;
	private final AppraisalNotices notices;
	private final AuditTrail audit;
	private final Clock clock;
	private final int replyWorkingDays;

	Entrustments(EntrustmentRepository repository, RosterRepository roster, EntrustmentAccess access, Cases cases,
			ExcludedPeriods periods, Deadlines deadlines, HolidayCalendar holidays, EntrustmentLetter letter,
			FileStore files, Courts courts, AppraisalFields fields, AppraisalNotices notices, AuditTrail audit, Clock clock,
			@Value("${smartcourt.appraisal.reply-working-days:3}") int replyWorkingDays) {
		this.repository = repository;
		this.roster = roster;
		this.access = access;
		this.cases = cases;
		this.periods = periods;
		this.deadlines = deadlines;
		this.holidays = holidays;
		this.letter = letter;
		this.files = files;
		this.courts = courts;
		this.fields = fields;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
		this.replyWorkingDays = replyWorkingDays;
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
		LocalDate today = today();
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
		notices.send("request:" + e.id(), partiesOf(overview), "appraisal.progress", "/my/appraisals",
				values(e, "法院决定委托鉴定（" + fields.name(e.field()) + "），请在规定期间内协商选择鉴定机构；协商不成的，由法院随机摇号选定"));
		return e.id();
	}

	/** A party's choice of institution (2002 规定 art. 10: 当事人协商一致选择); the office confirms an agreement. */
	@Transactional
	public void choose(Actor actor, UUID id, UUID institution) {
		Entrustment e = locked(id);
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
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.OFFICE);
		requireSelecting(e);
		requireCandidate(e, g.overview(), institution);
		entrust(actor, e, g.overview(), institution, "AGREED", null);
		audit.success("appraisal.agreement", "appraisal-entrustment", id.toString());
	}

	/** 摇号 scheduled: the parties see the time and may attend online; who does not attend gives up the choice. */
	@Transactional
	public void scheduleDraw(Actor actor, UUID id, Instant at) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.OFFICE);
		requireSelecting(e);
		if (at == null || at.isBefore(clock.instant().minusSeconds(600))) {
			Texts.check(List.of(new FieldProblem("drawAt", "range", "validation.appraisal.draw-at")));
		}
		repository.update(with(e, EntrustmentStatus.DRAW_SCHEDULED, at, e.currentAssignment()));
		audit.success("appraisal.draw.schedule", "appraisal-entrustment", id.toString());
		notices.send("draw:" + id + ":" + at, partiesOf(g.overview()), "appraisal.progress", "/my/appraisals/" + id,
				values(e, "法院定于" + at.atZone(clock.getZone()).toLocalDateTime().toString().replace('T', ' ')
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
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.OFFICE);
		if (e.status() != EntrustmentStatus.DRAW_SCHEDULED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (e.drawAt().isAfter(clock.instant())) {
			throw DomainException.conflict("appraisal-draw-not-yet", "problem.appraisal-draw-not-yet.detail");
		}
		return drawAndEntrust(actor, e, g.overview());
	}

	/** The institution accepts: the 承诺书 (证据规定 art. 33) is confirmed and the 鉴定期限 starts. */
	@Transactional
	public void accept(Actor actor, UUID id, boolean undertaking, BigDecimal feeQuoted) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = current(e, g);
		if (a.accepted() || e.status() != EntrustmentStatus.ENTRUSTED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (!undertaking) {
			Texts.check(List.of(new FieldProblem("undertaking", "required", "validation.appraisal.undertaking")));
		}
		if (feeQuoted != null && feeQuoted.signum() < 0) {
			Texts.check(List.of(new FieldProblem("feeQuoted", "range", "validation.appraisal.amount")));
		}
		LocalDate today = today();
		Assignment accepted = new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), today, clock.instant(), null, null, null, null, null, a.outcome(), null,
				null, feeQuoted, a.feePaid(), a.feePaidBy(), a.refund(), a.attendance());
		AppraisalPeriod.Due due = AppraisalPeriod.compute(deadlines, e.complex(), today, List.of(), null, today);
		repository.update(withDue(accepted, due.due()));
		repository.update(with(e, EntrustmentStatus.IN_PROGRESS, e.drawAt(), a.id()));
		audit.success("appraisal.accept", "appraisal-entrustment", id.toString());
		notices.send("accepted:" + a.id(), judgeAndParties(g.overview()), "appraisal.progress", "/appraisal/" + id,
				values(e, g.institution().name() + "已接受委托，鉴定期限至" + due.due()));
	}

	/** The institution declines, with its reason; the office selects again without it. */
	@Transactional
	public void decline(Actor actor, UUID id, String reason) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = current(e, g);
		if (a.accepted()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "declineReason", 500, problems);
		Texts.check(problems);
		repository.update(outcome(a, "DECLINED", r));
		repository.clearChoices(id);
		repository.clearAttendance(id);
		repository.update(with(e, EntrustmentStatus.SELECTING, null, null));
		audit.success("appraisal.decline", "appraisal-entrustment", id.toString());
		notices.send("declined:" + a.id(), judgeAndParties(g.overview()), "appraisal.progress", "/appraisal/" + id,
				values(e, g.institution().name() + "不接受委托（" + r + "），法院将重新选择鉴定机构"));
	}

	/** 补充材料: asked by the institution; the wait is not counted in the 鉴定期限. */
	@Transactional
	public void requestMaterial(Actor actor, UUID id, String what) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = current(e, g);
		if (!e.status().running()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String w = Texts.required(what, "what", 1000, problems);
		Texts.check(problems);
		repository.insert(new Steps.MaterialRequest(UUID.randomUUID(), a.id(), w, today(), null, null, null, null));
		repository.update(with(e, EntrustmentStatus.AWAITING_MATERIAL, e.drawAt(), a.id()));
		audit.success("appraisal.material.request", "appraisal-entrustment", id.toString());
		notices.send("material:" + a.id() + ":" + w.hashCode(), judgeOf(g.overview()), "appraisal.progress",
				"/appraisal/" + id, values(e, g.institution().name() + "申请补充鉴定材料：" + w));
	}

	/** The judge or the office supplies the material (a file), ending the wait. */
	@Transactional
	public void supplyMaterial(Actor actor, UUID id, UUID requestId, String fileName, InputStream content, String note) {
		Entrustment e = locked(id);
		Grant g = access.grant(actor, e);
		if (!g.is(Level.JUDGE) && !g.is(Level.OFFICE)) {
			throw DomainException.forbidden("appraisal-not-allowed", "problem.appraisal-not-allowed.detail");
		}
		Assignment a = repository.assignment(e.currentAssignment()).orElseThrow(AppraisalScope::notFound);
		List<Steps.MaterialRequest> requests = repository.materialRequests(a.id());
		Steps.MaterialRequest open = requests.stream()
			.filter(m -> m.id().equals(requestId) && m.suppliedOn() == null)
			.findFirst()
			.orElseThrow(() -> DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail"));
		if (content == null) {
			Texts.check(List.of(new FieldProblem("file", "required", "validation.appraisal.file")));
		}
		StoredFile stored = files.store("file", fileName == null ? "补充材料" : fileName, content,
				Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG, DocumentType.OFD, DocumentType.DOCX));
		LocalDate today = today();
		repository.supply(open.id(), today, stored.sha256(), stored.originalName(), Texts.optional(note, 500));
		boolean stillOpen = requests.stream().anyMatch(m -> m.suppliedOn() == null && !m.id().equals(open.id()));
		repository.update(with(e, stillOpen ? EntrustmentStatus.AWAITING_MATERIAL : EntrustmentStatus.IN_PROGRESS,
				e.drawAt(), a.id()));
		repository.update(withDue(a, due(e, a).due()));
		audit.success("appraisal.material.supply", "appraisal-entrustment", id.toString());
		Institution institution = roster.find(a.institutionId()).orElseThrow();
		notices.send("supplied:" + open.id(), Set.of(Objects.requireNonNullElse(institution.account(), "")),
				"appraisal.progress", "/institution/entrustments/" + id, values(e, "法院已补充鉴定材料：" + open.what()));
	}

	/** 延长鉴定期限: the institution's written request with the day it asks for. */
	@Transactional
	public void requestExtension(Actor actor, UUID id, String reason, LocalDate until) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = current(e, g);
		if (!e.status().running()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "extensionReason", 1000, problems);
		LocalDate due = due(e, a).due();
		if (until == null || !until.isAfter(due)) {
			problems.add(new FieldProblem("until", "range", "validation.appraisal.extension-until"));
		}
		Texts.check(problems);
		repository.insert(new Steps.ExtensionRequest(UUID.randomUUID(), a.id(), r, until, today(), null, null, null, null));
		audit.success("appraisal.extension.request", "appraisal-entrustment", id.toString());
		notices.send("extension:" + a.id() + ":" + until, judgeOf(g.overview()), "appraisal.progress", "/appraisal/" + id,
				values(e, g.institution().name() + "申请延长鉴定期限至" + until + "：" + r));
	}

	/** The judge approves (with the new last day) or refuses an extension. */
	@Transactional
	public void decideExtension(Actor actor, UUID id, UUID extensionId, boolean approve, LocalDate newDue) {
		Entrustment e = locked(id);
		access.require(actor, e, Level.JUDGE);
		Assignment a = repository.assignment(e.currentAssignment()).orElseThrow(AppraisalScope::notFound);
		Steps.ExtensionRequest x = repository.extensions(a.id()).stream()
			.filter(r -> r.id().equals(extensionId) && r.decision() == null)
			.findFirst()
			.orElseThrow(() -> DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail"));
		LocalDate current = due(e, a).due();
		if (approve && (newDue == null || !newDue.isAfter(current))) {
			Texts.check(List.of(new FieldProblem("newDue", "range", "validation.appraisal.extension-until")));
		}
		repository.decide(x.id(), approve ? "APPROVED" : "REFUSED", approve ? newDue : null, actor.username(), today());
		Assignment updated = withDue(a, due(e, a).due());
		repository.update(updated);
		audit.success(approve ? "appraisal.extension.approve" : "appraisal.extension.refuse", "appraisal-entrustment",
				id.toString());
		Institution institution = roster.find(a.institutionId()).orElseThrow();
		notices.send("extension-decided:" + x.id(), Set.of(Objects.requireNonNullElse(institution.account(), "")),
				"appraisal.progress", "/institution/entrustments/" + id,
				values(e, approve ? "法院批准延长鉴定期限至" + updated.dueOn() : "法院不批准延长鉴定期限"));
	}

	/** 鉴定意见书 received: stored (and so anchored); the appraisal interval ends on the case's clock. */
	@Transactional
	public StoredFile uploadReport(Actor actor, UUID id, String fileName, InputStream content) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = current(e, g);
		if (e.status() != EntrustmentStatus.IN_PROGRESS) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (content == null) {
			Texts.check(List.of(new FieldProblem("report", "required", "validation.appraisal.file")));
		}
		StoredFile report = files.store("report", fileName == null ? "鉴定意见书.pdf" : fileName, content,
				Set.of(DocumentType.PDF, DocumentType.OFD));
		LocalDate today = today();
		Assignment done = new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				report.sha256(), report.originalName(), today, "REPORTED", a.lateFlaggedAt(), a.warnedAt(), a.feeQuoted(),
				a.feePaid(), a.feePaidBy(), a.refund(), a.attendance());
		repository.update(done);
		endInterval(actor, e, today);
		repository.update(with(e, EntrustmentStatus.REPORTED, e.drawAt(), a.id()));
		audit.success("appraisal.report", "appraisal-entrustment", id.toString());
		notices.send("report:" + a.id(), judgeAndParties(g.overview()), "appraisal.progress", "/appraisal/" + id,
				values(e, g.institution().name() + "已出具鉴定意见书"));
		return report;
	}

	/** The judge sets the period for objections to the report (证据规定 art. 37 para. 2). */
	@Transactional
	public void setObjectionPeriod(Actor actor, UUID id, LocalDate until) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.JUDGE);
		if (e.status() != EntrustmentStatus.REPORTED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (until == null || until.isBefore(today())) {
			Texts.check(List.of(new FieldProblem("objectionUntil", "range", "validation.appraisal.objection-until")));
		}
		repository.update(new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), e.status(), e.drawAt(), e.currentAssignment(), e.clockExclusion(), until,
				e.reselectionRequestedBy(), e.terminatedReason(), e.version()));
		audit.success("appraisal.objection.period", "appraisal-entrustment", id.toString());
		notices.send("objection-period:" + id + ":" + until, partiesOf(g.overview()), "appraisal.progress",
				"/my/appraisals/" + id, values(e, "对鉴定意见书有异议的，请于" + until + "前在线提出（证据规定第三十七条）"));
	}

	/** 异议 (证据规定 art. 37): a party, within the period the judge set. */
	@Transactional
	public void object(Actor actor, UUID id, String text) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.PARTY);
		if (e.status() != EntrustmentStatus.REPORTED || e.objectionUntil() == null || today().isAfter(e.objectionUntil())) {
			throw DomainException.ruleViolation("appraisal-objection-closed", "problem.appraisal-objection-closed.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String t = Texts.required(text, "objection", 2000, problems);
		Texts.check(problems);
		repository.insert(new Steps.Objection(UUID.randomUUID(), e.currentAssignment(), actor.username(),
				g.side() == null ? "OTHER" : g.side(), t, today(), null, null));
		audit.success("appraisal.objection", "appraisal-entrustment", id.toString());
		Institution institution = roster.find(repository.assignment(e.currentAssignment()).orElseThrow().institutionId())
			.orElseThrow();
		Set<String> to = new LinkedHashSet<>(judgeOf(g.overview()));
		to.add(institution.account());
		notices.send("objection:" + id + ":" + t.hashCode(), to, "appraisal.progress", "/appraisal/" + id,
				values(e, SideNames.of(g.side()) + "对鉴定意见提出异议，请鉴定机构作出解释、说明或者补充（证据规定第三十七条第三款）"));
	}

	/** The institution answers an objection (解释、说明或者补充, art. 37 para. 3). */
	@Transactional
	public void answerObjection(Actor actor, UUID id, UUID objectionId, String answer) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = repository.assignment(e.currentAssignment()).orElseThrow(AppraisalScope::notFound);
		if (!a.institutionId().equals(g.institution().id())) {
			throw AppraisalScope.notFound();
		}
		Steps.Objection o = repository.objections(a.id()).stream()
			.filter(x -> x.id().equals(objectionId) && x.answer() == null)
			.findFirst()
			.orElseThrow(() -> DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail"));
		List<FieldProblem> problems = new ArrayList<>();
		String t = Texts.required(answer, "answer", 2000, problems);
		Texts.check(problems);
		repository.answer(o.id(), t, today());
		audit.success("appraisal.objection.answer", "appraisal-entrustment", id.toString());
		notices.send("objection-answer:" + o.id(), judgeAndParties(g.overview()), "appraisal.progress", "/appraisal/" + id,
				values(e, g.institution().name() + "已对异议作出答复"));
	}

	/** 鉴定人出庭 (证据规定 art. 38, 民诉法 art. 81), recorded by the judge. */
	@Transactional
	public void recordAttendance(Actor actor, UUID id, String note) {
		Entrustment e = locked(id);
		access.require(actor, e, Level.JUDGE);
		Assignment a = repository.assignment(e.currentAssignment()).orElseThrow(AppraisalScope::notFound);
		if (!"REPORTED".equals(a.outcome())) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String n = Texts.required(note, "attendance", 500, problems);
		Texts.check(problems);
		repository.update(new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				a.reportSha256(), a.reportName(), a.reportOn(), a.outcome(), a.lateFlaggedAt(), a.warnedAt(),
				a.feeQuoted(), a.feePaid(), a.feePaidBy(), a.refund(), today() + " " + n));
		audit.success("appraisal.attendance", "appraisal-entrustment", id.toString());
	}

	/** After the 鉴定期限 passed without a report, a party asks for another institution (证据规定 art. 35 para. 2). */
	@Transactional
	public void requestReselection(Actor actor, UUID id) {
		Entrustment e = locked(id);
		Grant g = access.require(actor, e, Level.PARTY);
		Assignment a = e.currentAssignment() == null ? null : repository.assignment(e.currentAssignment()).orElse(null);
		if (a == null || !e.status().running() || !today().isAfter(due(e, a).due()) || due(e, a).waiting()) {
			throw DomainException.ruleViolation("appraisal-not-late", "problem.appraisal-not-late.detail");
		}
		repository.update(new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), e.status(), e.drawAt(), e.currentAssignment(), e.clockExclusion(), e.objectionUntil(),
				actor.username(), e.terminatedReason(), e.version()));
		audit.success("appraisal.reselection.request", "appraisal-entrustment", id.toString());
		notices.send("reselect:" + a.id(), judgeOf(g.overview()), "appraisal.progress", "/appraisal/" + id,
				values(e, SideNames.of(g.side()) + "以鉴定逾期为由申请另行委托鉴定（证据规定第三十五条第二款）"));
	}

	/**
	 * 重新选择: on a party's request after a late report, the office draws again at once, excluding the late
	 * institution, whose fee is marked for refund (证据规定 art. 35 para. 2); the lateness counts in its record.
	 */
	@Transactional
	public Steps.Draw reselect(Actor actor, UUID id) {
		Entrustment e = locked(id);
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

	/** 鉴定费用: who paid how much (the office records it). */
	@Transactional
	public void recordFee(Actor actor, UUID id, BigDecimal amount, String paidBy) {
		Entrustment e = locked(id);
		access.require(actor, e, Level.OFFICE);
		Assignment a = repository.assignment(e.currentAssignment() == null ? new UUID(0, 0) : e.currentAssignment())
			.orElseThrow(() -> DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail"));
		List<FieldProblem> problems = new ArrayList<>();
		if (amount == null || amount.signum() < 0) {
			problems.add(new FieldProblem("amount", "range", "validation.appraisal.amount"));
		}
		String by = Texts.required(paidBy, "paidBy", 100, problems);
		Texts.check(problems);
		repository.update(new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				a.reportSha256(), a.reportName(), a.reportOn(), a.outcome(), a.lateFlaggedAt(), a.warnedAt(),
				a.feeQuoted(), amount, by, a.refund(), a.attendance()));
		audit.success("appraisal.fee", "appraisal-entrustment", id.toString());
	}

	/** The refund of a replaced institution's fee is done. */
	@Transactional
	public void markRefunded(Actor actor, UUID id, UUID assignmentId) {
		Entrustment e = locked(id);
		access.require(actor, e, Level.OFFICE);
		Assignment a = repository.assignments(e.id()).stream()
			.filter(x -> x.id().equals(assignmentId) && "DUE".equals(x.refund()))
			.findFirst()
			.orElseThrow(() -> DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail"));
		repository.update(new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				a.reportSha256(), a.reportName(), a.reportOn(), a.outcome(), a.lateFlaggedAt(), a.warnedAt(),
				a.feeQuoted(), a.feePaid(), a.feePaidBy(), "REFUNDED", a.attendance()));
		audit.success("appraisal.refund", "appraisal-entrustment", id.toString());
	}

	/** A party's objection to an institution upheld (回避, 2002 规定 art. 12): it is excluded from this case's draws. */
	@Transactional
	public void recordRecusal(Actor actor, UUID id, UUID institution, String reason) {
		Entrustment e = locked(id);
		access.require(actor, e, Level.OFFICE);
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "recusalReason", 500, problems);
		if (institution == null || roster.find(institution).filter(i -> i.court().equals(e.court())).isEmpty()) {
			problems.add(new FieldProblem("institution", "unknown", "validation.appraisal.institution"));
		}
		Texts.check(problems);
		repository.addRecusal(e.caseId(), institution, r, actor.username(), clock.instant());
		audit.success("appraisal.recusal", "appraisal-entrustment", id.toString());
	}

	/** 终止鉴定: the judge ends it; the appraisal interval ends on the case's clock. */
	@Transactional
	public void terminate(Actor actor, UUID id, String reason) {
		Entrustment e = locked(id);
		access.require(actor, e, Level.JUDGE);
		if (e.status() == EntrustmentStatus.REPORTED || e.status() == EntrustmentStatus.TERMINATED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "terminateReason", 500, problems);
		Texts.check(problems);
		if (e.currentAssignment() != null) {
			repository.assignment(e.currentAssignment()).ifPresent(a -> repository.update(outcome(a, "TERMINATED", null)));
		}
		endInterval(actor, e, today());
		repository.update(new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), EntrustmentStatus.TERMINATED, e.drawAt(), e.currentAssignment(), e.clockExclusion(),
				e.objectionUntil(), e.reselectionRequestedBy(), r, e.version()));
		audit.success("appraisal.terminate", "appraisal-entrustment", id.toString());
	}

	// ---- shared steps

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
		return Eligibility.split(roster.ofCourt(e.court()), e.field(), today(), conflicts);
	}

	AppraisalPeriod.Due due(Entrustment e, Assignment a) {
		List<AppraisalPeriod.MaterialWait> waits = repository.materialRequests(a.id()).stream()
			.map(m -> new AppraisalPeriod.MaterialWait(m.requestedOn(), m.suppliedOn()))
			.toList();
		AppraisalPeriod.Extension extension = repository.extensions(a.id()).stream()
			.filter(x -> "APPROVED".equals(x.decision()))
			.reduce((first, second) -> second)
			.map(x -> new AppraisalPeriod.Extension(x.decidedOn(), x.newDue()))
			.orElse(null);
		return AppraisalPeriod.compute(deadlines, e.complex(), a.acceptedOn(), waits, extension, today());
	}

	LocalDate replyBy(Assignment a) {
		return holidays.current().plusWorkingDays(a.assignedAt().atZone(clock.getZone()).toLocalDate(), replyWorkingDays);
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
		LocalDate today = today();
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
		Map<String, String> v = values(e, "委托" + institution.name() + "鉴定（" + ("DRAWN".equals(via) ? "随机摇号" : "协商一致")
				+ "选定）");
		v.put("field", fields.name(e.field()));
		v.put("matter", e.matter());
		v.put("replyBy", replyBy(a).toString());
		notices.send("entrusted:" + a.id(), Set.of(Objects.requireNonNullElse(institution.account(), "")),
				"appraisal.entrusted", "/institution/entrustments/" + e.id(), v);
		notices.send("selected:" + a.id(), judgeAndParties(overview), "appraisal.progress", "/appraisal/" + e.id(), v);
	}

	private void endInterval(Actor actor, Entrustment e, LocalDate today) {
		if (e.clockExclusion() != null) {
			periods.end(actor, e.caseId(), e.clockExclusion(), today);
		}
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

	private Assignment current(Entrustment e, Grant g) {
		Assignment a = e.currentAssignment() == null ? null : repository.assignment(e.currentAssignment()).orElse(null);
		if (a == null || !a.active() || !a.institutionId().equals(g.institution().id())) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		return a;
	}

	private Entrustment locked(UUID id) {
		return repository.lock(id).orElseThrow(AppraisalScope::notFound);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Entrustment with(Entrustment e, EntrustmentStatus status, Instant drawAt, UUID assignment) {
		return new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(), e.purpose(),
				e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(), e.requestedAt(), status,
				drawAt, assignment, e.clockExclusion(), e.objectionUntil(), e.reselectionRequestedBy(),
				e.terminatedReason(), e.version());
	}

	static Assignment withDue(Assignment a, LocalDate due) {
		return new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), due, a.declinedReason(),
				a.reportSha256(), a.reportName(), a.reportOn(), a.outcome(), a.lateFlaggedAt(), a.warnedAt(), a.feeQuoted(),
				a.feePaid(), a.feePaidBy(), a.refund(), a.attendance());
	}

	private static Assignment outcome(Assignment a, String outcome, String declinedReason) {
		return new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(),
				declinedReason == null ? a.declinedReason() : declinedReason, a.reportSha256(), a.reportName(),
				a.reportOn(), outcome, a.lateFlaggedAt(), a.warnedAt(), a.feeQuoted(), a.feePaid(), a.feePaidBy(),
				a.refund(), a.attendance());
	}

	Map<String, String> values(Entrustment e, String event) {
		Map<String, String> v = new HashMap<>();
		v.put("caseNumber", e.caseNumber());
		v.put("courtName", courts.find(e.court()).map(Courts.CourtSummary::name).orElse(e.court().value()));
		v.put("event", event);
		return v;
	}

	static Set<String> partiesOf(CaseOverview overview) {
		Set<String> users = new LinkedHashSet<>();
		if (overview.filerUsername() != null) {
			users.add(overview.filerUsername());
		}
		overview.parties().stream().map(CaseParty::username).filter(Objects::nonNull).forEach(users::add);
		return users;
	}

	static Set<String> judgeOf(CaseOverview overview) {
		return overview.responsibleJudge().map(TeamMember::username).filter(Objects::nonNull).map(Set::of).orElse(Set.of());
	}

	static Set<String> judgeAndParties(CaseOverview overview) {
		Set<String> all = new LinkedHashSet<>(judgeOf(overview));
		all.addAll(partiesOf(overview));
		return all;
	}

	static boolean isCourtSide(Actor actor) {
		return actor.isStaff() || actor.role() == Role.APPRAISAL_INSTITUTION;
	}
}
