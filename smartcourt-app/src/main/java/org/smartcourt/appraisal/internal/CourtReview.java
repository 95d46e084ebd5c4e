package org.smartcourt.appraisal.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.appraisal.EntrustmentStatus;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Grant;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Level;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court's side once an institution is at work: the objection period and the parties' 异议 with the institution's
 * answers (证据规定 art. 37), 鉴定人出庭 (art. 38, 民诉法 art. 81), 回避 of an institution (2002 规定 art. 12), 鉴定费用
 * and refunds (证据规定 art. 35 para. 2), and 终止鉴定, which ends the appraisal interval on the case's 审限 clock. Each
 * command runs in one transaction with its audit record; a refused command changes nothing.
 */
@Service
public class CourtReview {

	private final EntrustmentRepository repository;
	private final RosterRepository roster;
	private final EntrustmentAccess access;
	private final HeldEntrustments held;
	private final AppraisalNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	CourtReview(EntrustmentRepository repository, RosterRepository roster, EntrustmentAccess access,
			HeldEntrustments held, AppraisalNotices notices, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.roster = roster;
		this.access = access;
		this.held = held;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** The judge sets the period for objections to the report (证据规定 art. 37 para. 2). */
	@Transactional
	public void setObjectionPeriod(Actor actor, UUID id, LocalDate until) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.JUDGE);
		if (e.status() != EntrustmentStatus.REPORTED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (until == null || until.isBefore(held.today())) {
			Texts.check(List.of(new FieldProblem("objectionUntil", "range", "validation.appraisal.objection-until")));
		}
		repository.update(new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), e.status(), e.drawAt(), e.currentAssignment(), e.clockExclusion(), until,
				e.reselectionRequestedBy(), e.terminatedReason(), e.version()));
		audit.success("appraisal.objection.period", "appraisal-entrustment", id.toString());
		notices.send("objection-period:" + id + ":" + until, notices.partiesOf(g.overview()), "appraisal.progress",
				"/my/appraisals/" + id, notices.values(e, "对鉴定意见书有异议的，请于" + until + "前在线提出（证据规定第三十七条）"));
	}

	/** 异议 (证据规定 art. 37): a party, within the period the judge set. */
	@Transactional
	public void object(Actor actor, UUID id, String text) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.PARTY);
		if (e.status() != EntrustmentStatus.REPORTED || e.objectionUntil() == null
				|| held.today().isAfter(e.objectionUntil())) {
			throw DomainException.ruleViolation("appraisal-objection-closed", "problem.appraisal-objection-closed.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String t = Texts.required(text, "objection", 2000, problems);
		Texts.check(problems);
		repository.insert(new Steps.Objection(UUID.randomUUID(), e.currentAssignment(), actor.username(),
				g.side() == null ? "OTHER" : g.side(), t, held.today(), null, null));
		audit.success("appraisal.objection", "appraisal-entrustment", id.toString());
		Institution institution = roster.find(repository.assignment(e.currentAssignment()).orElseThrow().institutionId())
			.orElseThrow();
		Set<String> to = new LinkedHashSet<>(notices.judgeOf(g.overview()));
		to.add(institution.account());
		notices.send("objection:" + id + ":" + t.hashCode(), to, "appraisal.progress", "/appraisal/" + id,
				notices.values(e, SideNames.of(g.side()) + "对鉴定意见提出异议，请鉴定机构作出解释、说明或者补充（证据规定第三十七条第三款）"));
	}

	/** The institution answers an objection (解释、说明或者补充, art. 37 para. 3). */
	@Transactional
	public void answerObjection(Actor actor, UUID id, UUID objectionId, String answer) {
		Entrustment e = held.locked(id);
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
		repository.answer(o.id(), t, held.today());
		audit.success("appraisal.objection.answer", "appraisal-entrustment", id.toString());
		notices.send("objection-answer:" + o.id(), notices.judgeAndParties(g.overview()), "appraisal.progress",
				"/appraisal/" + id,
				notices.values(e, g.institution().name() + "已对异议作出答复"));
	}

	/** 鉴定人出庭 (证据规定 art. 38, 民诉法 art. 81), recorded by the judge. */
	@Transactional
	public void recordAttendance(Actor actor, UUID id, String note) {
		Entrustment e = held.locked(id);
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
				a.feeQuoted(), a.feePaid(), a.feePaidBy(), a.refund(), held.today() + " " + n));
		audit.success("appraisal.attendance", "appraisal-entrustment", id.toString());
	}

	/** 鉴定费用: who paid how much (the office records it). */
	@Transactional
	public void recordFee(Actor actor, UUID id, BigDecimal amount, String paidBy) {
		Entrustment e = held.locked(id);
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
		Entrustment e = held.locked(id);
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
		Entrustment e = held.locked(id);
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
		Entrustment e = held.locked(id);
		access.require(actor, e, Level.JUDGE);
		if (e.status() == EntrustmentStatus.REPORTED || e.status() == EntrustmentStatus.TERMINATED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "terminateReason", 500, problems);
		Texts.check(problems);
		if (e.currentAssignment() != null) {
			repository.assignment(e.currentAssignment())
				.ifPresent(a -> repository.update(a.withOutcome("TERMINATED", null)));
		}
		held.endInterval(actor, e, held.today());
		repository.update(new Entrustment(e.id(), e.caseId(), e.court(), e.caseNumber(), e.matter(), e.scope(),
				e.purpose(), e.field(), e.complex(), e.materials(), e.materialsExaminedOn(), e.requestedBy(),
				e.requestedAt(), EntrustmentStatus.TERMINATED, e.drawAt(), e.currentAssignment(), e.clockExclusion(),
				e.objectionUntil(), e.reselectionRequestedBy(), r, e.version()));
		audit.success("appraisal.terminate", "appraisal-entrustment", id.toString());
	}
}
