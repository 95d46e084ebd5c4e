package org.smartcourt.appraisal.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.appraisal.EntrustmentStatus;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Grant;
import org.smartcourt.appraisal.internal.EntrustmentAccess.Level;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 鉴定进程 on the institution's side: it accepts with the 承诺书 (证据规定 art. 33), which starts the 鉴定期限, or
 * declines; asks for 补充材料 (the wait is not counted) that the court supplies; asks for an extension the judge decides;
 * and delivers the 鉴定意见书, which ends the appraisal interval on the case's 审限 clock (民诉解释 art. 243). Each
 * command runs in one transaction with its audit record; a refused command changes nothing.
 */
@Service
public class InstitutionProgress {

	private final EntrustmentRepository repository;
	private final RosterRepository roster;
	private final EntrustmentAccess access;
	private final Deadlines deadlines;
	private final FileStore files;
	private final HeldEntrustments held;
	private final AppraisalNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	InstitutionProgress(EntrustmentRepository repository, RosterRepository roster, EntrustmentAccess access,
			Deadlines deadlines, FileStore files, HeldEntrustments held, AppraisalNotices notices, AuditTrail audit,
			Clock clock) {
		this.repository = repository;
		this.roster = roster;
		this.access = access;
		this.deadlines = deadlines;
		this.files = files;
		this.held = held;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** The institution accepts: the 承诺书 (证据规定 art. 33) is confirmed and the 鉴定期限 starts. */
	@Transactional
	public void accept(Actor actor, UUID id, boolean undertaking, BigDecimal feeQuoted) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = held.current(e, g);
		if (a.accepted() || e.status() != EntrustmentStatus.ENTRUSTED) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (!undertaking) {
			Texts.check(List.of(new FieldProblem("undertaking", "required", "validation.appraisal.undertaking")));
		}
		if (feeQuoted != null && feeQuoted.signum() < 0) {
			Texts.check(List.of(new FieldProblem("feeQuoted", "range", "validation.appraisal.amount")));
		}
		LocalDate today = held.today();
		Assignment accepted = new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), today, clock.instant(), null, null, null, null, null, a.outcome(), null,
				null, feeQuoted, a.feePaid(), a.feePaidBy(), a.refund(), a.attendance());
		AppraisalPeriod.Due due = AppraisalPeriod.compute(deadlines, e.complex(), today, List.of(), null, today);
		repository.update(accepted.withDue(due.due()));
		repository.update(e.withStatus(EntrustmentStatus.IN_PROGRESS, e.drawAt(), a.id()));
		audit.success("appraisal.accept", "appraisal-entrustment", id.toString());
		notices.send("accepted:" + a.id(), notices.judgeAndParties(g.overview()), "appraisal.progress",
				"/appraisal/" + id,
				notices.values(e, g.institution().name() + "已接受委托，鉴定期限至" + due.due()));
	}

	/** The institution declines, with its reason; the office selects again without it. */
	@Transactional
	public void decline(Actor actor, UUID id, String reason) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = held.current(e, g);
		if (a.accepted()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "declineReason", 500, problems);
		Texts.check(problems);
		repository.update(a.withOutcome("DECLINED", r));
		repository.clearChoices(id);
		repository.clearAttendance(id);
		repository.update(e.withStatus(EntrustmentStatus.SELECTING, null, null));
		audit.success("appraisal.decline", "appraisal-entrustment", id.toString());
		notices.send("declined:" + a.id(), notices.judgeAndParties(g.overview()), "appraisal.progress",
				"/appraisal/" + id,
				notices.values(e, g.institution().name() + "不接受委托（" + r + "），法院将重新选择鉴定机构"));
	}

	/** 补充材料: asked by the institution; the wait is not counted in the 鉴定期限. */
	@Transactional
	public void requestMaterial(Actor actor, UUID id, String what) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = held.current(e, g);
		if (!e.status().running()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String w = Texts.required(what, "what", 1000, problems);
		Texts.check(problems);
		repository.insert(
				new Steps.MaterialRequest(UUID.randomUUID(), a.id(), w, held.today(), null, null, null, null));
		repository.update(e.withStatus(EntrustmentStatus.AWAITING_MATERIAL, e.drawAt(), a.id()));
		audit.success("appraisal.material.request", "appraisal-entrustment", id.toString());
		notices.send("material:" + a.id() + ":" + w.hashCode(), notices.judgeOf(g.overview()), "appraisal.progress",
				"/appraisal/" + id, notices.values(e, g.institution().name() + "申请补充鉴定材料：" + w));
	}

	/** The judge or the office supplies the material (a file), ending the wait. */
	@Transactional
	public void supplyMaterial(Actor actor, UUID id, UUID requestId, String fileName, InputStream content, String note) {
		Entrustment e = held.locked(id);
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
		LocalDate today = held.today();
		repository.supply(open.id(), today, stored.sha256(), stored.originalName(), Texts.optional(note, 500));
		boolean stillOpen = requests.stream().anyMatch(m -> m.suppliedOn() == null && !m.id().equals(open.id()));
		repository.update(e.withStatus(stillOpen ? EntrustmentStatus.AWAITING_MATERIAL : EntrustmentStatus.IN_PROGRESS,
				e.drawAt(), a.id()));
		repository.update(a.withDue(held.due(e, a).due()));
		audit.success("appraisal.material.supply", "appraisal-entrustment", id.toString());
		Institution institution = roster.find(a.institutionId()).orElseThrow();
		notices.send("supplied:" + open.id(), Set.of(Objects.requireNonNullElse(institution.account(), "")),
				"appraisal.progress", "/institution/entrustments/" + id, notices.values(e, "法院已补充鉴定材料：" + open.what()));
	}

	/** 延长鉴定期限: the institution's written request with the day it asks for. */
	@Transactional
	public void requestExtension(Actor actor, UUID id, String reason, LocalDate until) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = held.current(e, g);
		if (!e.status().running()) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String r = Texts.required(reason, "extensionReason", 1000, problems);
		LocalDate due = held.due(e, a).due();
		if (until == null || !until.isAfter(due)) {
			problems.add(new FieldProblem("until", "range", "validation.appraisal.extension-until"));
		}
		Texts.check(problems);
		repository.insert(
				new Steps.ExtensionRequest(UUID.randomUUID(), a.id(), r, until, held.today(), null, null, null, null));
		audit.success("appraisal.extension.request", "appraisal-entrustment", id.toString());
		notices.send("extension:" + a.id() + ":" + until, notices.judgeOf(g.overview()), "appraisal.progress",
				"/appraisal/" + id,
				notices.values(e, g.institution().name() + "申请延长鉴定期限至" + until + "：" + r));
	}

	/** The judge approves (with the new last day) or refuses an extension. */
	@Transactional
	public void decideExtension(Actor actor, UUID id, UUID extensionId, boolean approve, LocalDate newDue) {
		Entrustment e = held.locked(id);
		access.require(actor, e, Level.JUDGE);
		Assignment a = repository.assignment(e.currentAssignment()).orElseThrow(AppraisalScope::notFound);
		Steps.ExtensionRequest x = repository.extensions(a.id()).stream()
			.filter(r -> r.id().equals(extensionId) && r.decision() == null)
			.findFirst()
			.orElseThrow(() -> DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail"));
		LocalDate current = held.due(e, a).due();
		if (approve && (newDue == null || !newDue.isAfter(current))) {
			Texts.check(List.of(new FieldProblem("newDue", "range", "validation.appraisal.extension-until")));
		}
		repository.decide(x.id(), approve ? "APPROVED" : "REFUSED", approve ? newDue : null, actor.username(),
				held.today());
		Assignment updated = a.withDue(held.due(e, a).due());
		repository.update(updated);
		audit.success(approve ? "appraisal.extension.approve" : "appraisal.extension.refuse", "appraisal-entrustment",
				id.toString());
		Institution institution = roster.find(a.institutionId()).orElseThrow();
		notices.send("extension-decided:" + x.id(), Set.of(Objects.requireNonNullElse(institution.account(), "")),
				"appraisal.progress", "/institution/entrustments/" + id,
				notices.values(e, approve ? "法院批准延长鉴定期限至" + updated.dueOn() : "法院不批准延长鉴定期限"));
	}

	/** 鉴定意见书 received: stored (and so anchored); the appraisal interval ends on the case's clock. */
	@Transactional
	public StoredFile uploadReport(Actor actor, UUID id, String fileName, InputStream content) {
		Entrustment e = held.locked(id);
		Grant g = access.require(actor, e, Level.INSTITUTION);
		Assignment a = held.current(e, g);
		if (e.status() != EntrustmentStatus.IN_PROGRESS) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		if (content == null) {
			Texts.check(List.of(new FieldProblem("report", "required", "validation.appraisal.file")));
		}
		StoredFile report = files.store("report", fileName == null ? "鉴定意见书.pdf" : fileName, content,
				Set.of(DocumentType.PDF, DocumentType.OFD));
		LocalDate today = held.today();
		Assignment done = new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				report.sha256(), report.originalName(), today, "REPORTED", a.lateFlaggedAt(), a.warnedAt(), a.feeQuoted(),
				a.feePaid(), a.feePaidBy(), a.refund(), a.attendance());
		repository.update(done);
		held.endInterval(actor, e, today);
		repository.update(e.withStatus(EntrustmentStatus.REPORTED, e.drawAt(), a.id()));
		audit.success("appraisal.report", "appraisal-entrustment", id.toString());
		notices.send("report:" + a.id(), notices.judgeAndParties(g.overview()), "appraisal.progress",
				"/appraisal/" + id,
				notices.values(e, g.institution().name() + "已出具鉴定意见书"));
		return report;
	}
}
