package org.smartcourt.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.UserId;

/**
 * 立案申请: a filing application from its draft to the court's decision. It guards the order of things: only drafts and
 * applications sent back for correction change; only a submitted application is decided; a correction is asked for
 * once per submission, and resubmitting restarts the decision period (登记立案规定 art. 7 para. 2).
 */
public class Filing {

	private final FilingId id;
	private final UserId filer;
	private final String filerUsername;
	private final String filerName;
	private FilingStatus status;
	private FilingContent content;
	private Instant submittedAt;
	private LocalDate receivedOn;
	private LocalDate decisionDueOn;
	private String decisionPeriodCitation;
	private IdentityCheck identityCheck;
	private CorrectionRequest correction;
	private FilingDecision decision;
	private final Instant createdAt;
	private final long version;

	Filing(FilingId id, UserId filer, String filerUsername, String filerName, FilingStatus status, FilingContent content,
			Instant submittedAt, LocalDate receivedOn, LocalDate decisionDueOn, String decisionPeriodCitation,
			IdentityCheck identityCheck, CorrectionRequest correction, FilingDecision decision, Instant createdAt,
			long version) {
		this.id = id;
		this.filer = filer;
		this.filerUsername = filerUsername;
		this.filerName = filerName;
		this.status = status;
		this.content = content;
		this.submittedAt = submittedAt;
		this.receivedOn = receivedOn;
		this.decisionDueOn = decisionDueOn;
		this.decisionPeriodCitation = decisionPeriodCitation;
		this.identityCheck = identityCheck;
		this.correction = correction;
		this.decision = decision;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** Rebuilds a stored filing; for the repository only. */
	public static Filing restore(FilingId id, UserId filer, String filerUsername, String filerName, FilingStatus status,
			FilingContent content, Instant submittedAt, LocalDate receivedOn, LocalDate decisionDueOn,
			String decisionPeriodCitation, IdentityCheck identityCheck, CorrectionRequest correction,
			FilingDecision decision, Instant createdAt, long version) {
		return new Filing(id, filer, filerUsername, filerName, status, content, submittedAt, receivedOn, decisionDueOn,
				decisionPeriodCitation, identityCheck, correction, decision, createdAt, version);
	}

	/** A new draft. */
	public static Filing draft(UserId filer, String filerUsername, String filerName, FilingContent content,
			Instant now) {
		return new Filing(FilingId.random(), filer, filerUsername, filerName, FilingStatus.DRAFT, content, null, null, null, null,
				null, null, null, now, 0);
	}

	/** Replaces the application's content; only while a draft or sent back for correction. */
	public void revise(FilingContent newContent) {
		requireStatus("filing-not-editable", FilingStatus.DRAFT, FilingStatus.CORRECTION_REQUESTED);
		content = newContent;
	}

	/**
	 * Sends the application to the court. A cross-domain draft goes to the cooperating court first; anything else (and
	 * a corrected application) goes straight to the court with jurisdiction, and its decision period starts.
	 */
	public void submit(Instant now, LocalDate today, java.util.function.Function<LocalDate, DecisionPeriod> period) {
		requireStatus("filing-not-submittable", FilingStatus.DRAFT, FilingStatus.CORRECTION_REQUESTED);
		submittedAt = now;
		if (status == FilingStatus.DRAFT && content.isCrossDomain()) {
			status = FilingStatus.AWAITING_FORWARD;
			return;
		}
		receive(today, period.apply(today));
	}

	/** The cooperating court records its check of identity and originals. */
	public void recordIdentityCheck(IdentityCheck check) {
		requireStatus("filing-not-awaiting-forward", FilingStatus.AWAITING_FORWARD);
		identityCheck = check;
	}

	/** The cooperating court forwards to the court with jurisdiction, whose decision period starts on receipt. */
	public void forward(LocalDate today, java.util.function.Function<LocalDate, DecisionPeriod> period) {
		requireStatus("filing-not-awaiting-forward", FilingStatus.AWAITING_FORWARD);
		if (identityCheck == null || !identityCheck.passed()) {
			throw DomainException.ruleViolation("identity-not-checked", "problem.identity-not-checked.detail");
		}
		receive(today, period.apply(today));
	}

	private void receive(LocalDate today, DecisionPeriod period) {
		status = FilingStatus.SUBMITTED;
		receivedOn = today;
		decisionDueOn = period.due();
		decisionPeriodCitation = period.explanation();
	}

	/** 一次性告知补正: the complete list of what to correct. */
	public void requestCorrection(CorrectionRequest request) {
		requireStatus("filing-not-submitted", FilingStatus.SUBMITTED);
		if (request.items().isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("items", "required", "validation.filing.correction.items")));
		}
		correction = request;
		status = FilingStatus.CORRECTION_REQUESTED;
	}

	/** 立案: the case is registered under the given number. */
	public void accept(FilingDecision accepted) {
		requireStatus("filing-not-submitted", FilingStatus.SUBMITTED);
		decision = accepted;
		status = FilingStatus.ACCEPTED;
	}

	/** 不予受理/不予立案, with reasons and the ruling. */
	public void refuse(FilingDecision refused) {
		requireStatus("filing-not-submitted", FilingStatus.SUBMITTED);
		if (refused.reasons() == null || refused.reasons().isBlank()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("reasons", "required", "validation.filing.refusal.reasons")));
		}
		decision = refused;
		status = FilingStatus.REFUSED;
	}

	/**
	 * 转诉前调解: a submitted application goes to pre-suit mediation with the applicant's consent; its decision period
	 * no longer runs.
	 */
	public void divertToMediation() {
		requireStatus("filing-not-submitted", FilingStatus.SUBMITTED);
		status = FilingStatus.IN_PRE_SUIT_MEDIATION;
		decisionDueOn = null;
		decisionPeriodCitation = null;
	}

	/**
	 * 调解不成, 依法登记立案 (《人民法院在线调解规则》 art. 21): back in the registration queue, with a decision period
	 * counted afresh from today, the day the court receives it back.
	 */
	public void resumeAfterMediation(LocalDate today, DecisionPeriod period) {
		requireStatus("filing-not-in-mediation", FilingStatus.IN_PRE_SUIT_MEDIATION);
		receive(today, period);
	}

	/** 诉前调解成功: ends the application without registration as a 民初 case (art. 20). */
	public void closeAsMediated() {
		requireStatus("filing-not-in-mediation", FilingStatus.IN_PRE_SUIT_MEDIATION);
		status = FilingStatus.MEDIATED;
	}

	/** The filer withdraws before the court decides. */
	public void withdraw() {
		if (status.isDecided()) {
			throw DomainException.conflict("filing-already-decided", "problem.filing-already-decided.detail");
		}
		status = FilingStatus.WITHDRAWN;
	}

	/** 张三诉李四: the parties in one line, for lists; empty while none is named. */
	public String title() {
		return FilingTitles.of(this);
	}

	/** Whether the decision period has run out without a decision. */
	public boolean isOverdueOn(LocalDate today) {
		return status == FilingStatus.SUBMITTED && decisionDueOn != null && today.isAfter(decisionDueOn);
	}

	private void requireStatus(String code, FilingStatus... allowed) {
		for (FilingStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw DomainException.conflict(code, "problem." + code + ".detail");
	}

	public FilingId id() {
		return id;
	}

	public UserId filer() {
		return filer;
	}

	public String filerUsername() {
		return filerUsername;
	}

	public String filerName() {
		return filerName;
	}

	public FilingStatus status() {
		return status;
	}

	public FilingContent content() {
		return content;
	}

	public Optional<Instant> submittedAt() {
		return Optional.ofNullable(submittedAt);
	}

	public Optional<LocalDate> receivedOn() {
		return Optional.ofNullable(receivedOn);
	}

	public Optional<LocalDate> decisionDueOn() {
		return Optional.ofNullable(decisionDueOn);
	}

	public Optional<String> decisionPeriodCitation() {
		return Optional.ofNullable(decisionPeriodCitation);
	}

	public Optional<IdentityCheck> identityCheck() {
		return Optional.ofNullable(identityCheck);
	}

	public Optional<CorrectionRequest> correction() {
		return Optional.ofNullable(correction);
	}

	public Optional<FilingDecision> decision() {
		return Optional.ofNullable(decision);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long version() {
		return version;
	}
}
