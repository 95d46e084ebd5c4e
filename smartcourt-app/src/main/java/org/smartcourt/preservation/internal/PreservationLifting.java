package org.smartcourt.preservation.internal;

import static org.smartcourt.preservation.internal.ApplicationChanges.INVALID;
import static org.smartcourt.preservation.internal.ApplicationChanges.caseNumber;
import static org.smartcourt.preservation.internal.ApplicationChanges.link;
import static org.smartcourt.preservation.internal.ApplicationChanges.wrongState;
import static org.smartcourt.preservation.internal.ApplicationInput.blank;
import static org.smartcourt.preservation.internal.ApplicationInput.trim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.preservation.LiftGround;
import org.smartcourt.preservation.MeasureStatus;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 解除保全 (保全规定第二十三条, 民诉法第一百零七条) and 复议 (保全规定第二十五条), whose revocation also lifts the
 * measures. One transaction per command, each audited.
 */
@Service
public class PreservationLifting {

	private final PreservationStore store;
	private final ApplicationChanges changes;
	private final PreservationClocks clocks;
	private final PreservationNotices notices;
	private final AuditTrail audit;
	private final Clock clock;

	PreservationLifting(PreservationStore store, ApplicationChanges changes, PreservationClocks clocks,
			PreservationNotices notices, AuditTrail audit, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.clocks = clocks;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 解除保全 on one of the grounds of 保全规定第二十三条 or on counter-security (民诉法第一百零七条). The court acts within five
	 * days of the application, 48 hours when urgent; the clock is recorded with the lifting.
	 */
	@Transactional
	public Application lift(Actor actor, PreservationId id, LiftGround ground, String note, boolean urgent,
			Instant appliedAt) {
		Application a = changes.load(id);
		PreservationScope.requireDecides(actor, a);
		if (ground == null) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail",
					List.of(new FieldProblem("ground", "required", "preservation.error.lift-ground")));
		}
		List<Measure> open = a.measures().stream()
			.filter(m -> m.status() == MeasureStatus.ACTIVE || m.status() == MeasureStatus.ORDERED)
			.toList();
		if (open.isEmpty()) {
			throw wrongState(a);
		}
		Instant now = clock.instant();
		Instant received = appliedAt == null ? now : appliedAt;
		PreservationClocks.Due due = clocks.lift(urgent, received);
		changes.claim(a, "status = 'LIFTED'");
		String reason = ground.text() + (blank(note) ? "" : "；" + note.strip());
		for (Measure m : open) {
			store.updateMeasure(m.id(), "status = 'LIFTED', lifted_on = ?, lift_reason = ?", LocalDate.now(clock), reason);
		}
		store.addEvent(id, now, actor.username(), "LIFTED", "解除保全：" + reason + "。解除期限届满：" + Labels.time(due.at()) + "（"
				+ due.citation() + "）" + (now.isAfter(due.at()) ? "，已超期" : "，按期"));
		notices.send("preservation:lifted:" + id, a.filedBy(), "preservation.lifted", Map.of("caseNumber", caseNumber(a)),
				link(id));
		audit.success("preservation.lift", "preservation", id.toString());
		return changes.load(id);
	}

	/**
	 * 申请复议 (保全规定第二十五条): once, within five days of service of the ruling (served on the platform the day it
	 * was made); refused when late. The ruling is not suspended meanwhile (民诉法第一百一十一条).
	 */
	@Transactional
	public Application requestReview(Actor actor, PreservationId id, String reason) {
		Application a = changes.load(id);
		PreservationScope.requireSees(actor, a);
		if (a.ruledAt() == null) {
			throw wrongState(a);
		}
		if (a.reviewRequestedOn() != null) {
			throw DomainException.conflict("preservation-review-once", "problem.preservation-review-once.detail");
		}
		if (blank(reason)) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail",
					List.of(new FieldProblem("reason", "required", "preservation.error.reason")));
		}
		LocalDate served = a.ruledAt().atZone(PreservationClocks.ZONE).toLocalDate();
		PreservationClocks.Due last = clocks.reviewApplication(served);
		LocalDate today = LocalDate.now(clock);
		if (today.isAfter(last.day())) {
			audit.denied("preservation.review.request", "preservation", id.toString());
			throw DomainException.ruleViolation("preservation-review-late", "problem.preservation-review-late.detail",
					PreservationPapers.day(served), PreservationPapers.day(last.day()));
		}
		PreservationClocks.Due decide = clocks.reviewDecision(today);
		changes.claim(a, "review_requested_on = ?, review_reason = ?, review_due_on = ?", today, reason.strip(), decide.day());
		store.addEvent(id, clock.instant(), actor.username(), "REVIEW_REQUESTED", "申请复议，应于"
				+ PreservationPapers.day(decide.day()) + "前审查（" + decide.citation() + "）；复议期间不停止裁定的执行（《民事诉讼法》第一百一十一条）");
		audit.success("preservation.review.request", "preservation", id.toString());
		return changes.load(id);
	}

	/** 复议决定: upheld (驳回复议) or revoked (撤销裁定, the measures lifted). */
	@Transactional
	public Application decideReview(Actor actor, PreservationId id, boolean revoke, String note) {
		Application a = changes.load(id);
		PreservationScope.requireDecides(actor, a);
		if (a.reviewRequestedOn() == null || a.reviewDecidedAt() != null) {
			throw wrongState(a);
		}
		Instant now = clock.instant();
		changes.claim(a, "review_decided_at = ?, review_outcome = ?, review_note = ?", PreservationStore.ts(now),
				revoke ? "REVOKED" : "DISMISSED", trim(note));
		if (revoke) {
			for (Measure m : a.measures()) {
				if (m.status() == MeasureStatus.ACTIVE || m.status() == MeasureStatus.ORDERED) {
					store.updateMeasure(m.id(), "status = 'LIFTED', lifted_on = ?, lift_reason = ?", LocalDate.now(clock),
							"复议撤销保全裁定（保全规定第二十五条第二款）");
				}
			}
		}
		store.addEvent(id, now, actor.username(), "REVIEW_DECIDED", revoke ? "复议理由成立，撤销保全裁定并解除保全" : "复议理由不成立，驳回复议");
		audit.success("preservation.review.decide", "preservation", id.toString());
		return changes.load(id);
	}
}
