package org.smartcourt.cases.internal.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.deadlines.CaseClocks;
import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.deadlines.ExtensionTerms;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延长审限: the bench applies, the 院长 decides (2019 规定 art. 1; 民诉法 arts. 152, 164, 168, 183). The engine's
 * {@link ExtensionTerms} say who decides, the longest extension and the last days to apply and to decide; a late
 * application is refused with the rule shown. An approval is shown to the parties (2019 规定 art. 7); the request
 * and a refusal stay inside the court.
 * <p>
 * A decision after the day the rule sets for it is still taken and marked late in the record: refusing it for the
 * approver's own delay would push the case over its limit through no fault of the parties, and the mark lets the
 * supervision see the delay.
 */
@Service
public class ExtensionCommands {

	private static final int REASON_MAX = 1000;
	private static final EnumSet<CaseStage> OPEN = EnumSet.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL);

	private final ClockAccess access;
	private final CaseClockService clocks;
	private final CaseClocks engine;
	private final ExtensionRequestStore requests;
	private final CaseStages stages;
	private final Docket docket;
	private final AuditTrail audit;
	private final ClockNotices notices;
	private final Clock clock;

	ExtensionCommands(ClockAccess access, CaseClockService clocks, CaseClocks engine, ExtensionRequestStore requests,
			CaseStages stages, Docket docket, AuditTrail audit, ClockNotices notices, Clock clock) {
		this.access = access;
		this.clocks = clocks;
		this.engine = engine;
		this.requests = requests;
		this.stages = stages;
		this.docket = docket;
		this.audit = audit;
		this.notices = notices;
		this.clock = clock;
	}

	/** 申请延长审限: {@code length} in {@code unit} ({@literal null}: the rule's unit), with a reason. */
	@Transactional
	public ExtensionRequest request(Actor actor, CaseId caseId, Integer length, PeriodUnit unit, String reason) {
		CaseOverview overview = access.courtCase(actor, caseId);
		access.requireOnBench(actor, overview);
		stages.require(caseId, OPEN, "申请延长审限");
		ClockInput input = clocks.input(caseId)
			.orElseThrow(() -> DomainException.conflict("clock-none", "problem.clock-none.detail"));
		LocalDate today = LocalDate.now(clock);
		CaseClock current = clocks.compute(input, today);
		int nth = input.extensionsCounted() + 1;
		ExtensionTerms terms = engine.extensionTerms(input.rule(), nth, current.due());
		if (!terms.allowed()) {
			throw DomainException.ruleViolation("extension-not-allowed", "problem.extension-not-allowed.detail",
					terms.refusal().orElse(terms.citation()));
		}
		if (!terms.requestInTime(today)) {
			throw DomainException.ruleViolation("extension-request-late", "problem.extension-request-late.detail",
					DeadlineCalculator.format(current.due()),
					terms.requestBy() == null ? "" : DeadlineCalculator.format(terms.requestBy()), terms.citation());
		}
		PeriodUnit effectiveUnit = unit != null ? unit : terms.unit();
		validate(length, effectiveUnit, reason, terms);
		if (requests.of(caseId).stream().anyMatch(ExtensionRequest::isPending)) {
			throw DomainException.conflict("extension-pending", "problem.extension-pending.detail");
		}
		CourtId caseCourt = overview.registration().courtId();
		CourtId approverCourt = access.approverCourt(caseCourt, terms.higherCourt());
		ExtensionRequest request = new ExtensionRequest(UUID.randomUUID(), caseId, nth, length, effectiveUnit,
				reason.strip(), actor.username(), clock.instant(), current.due(),
				terms.higherCourt() ? "HIGHER_COURT" : "COURT", approverCourt, terms.approver(), terms.citation(),
				ExtensionRequest.Status.PENDING, null, null, null, false, null);
		requests.insert(request);
		docket.record(caseId, actor, new NewDocketEntry(DocketEntryType.EXTENSION_REQUESTED, today, Audience.COURT,
				"申请第" + nth + "次延长审限" + effectiveUnit.describe(length) + "，报" + terms.approver() + "审批。理由："
						+ request.reason(),
				Map.of("requestId", request.id().toString(), "nth", String.valueOf(nth), "length",
						String.valueOf(length), "unit", effectiveUnit.name(), "approver", terms.approver(),
						"citation", terms.citation())));
		audit.success("case.clock.extension.request", "case", caseId.toString());
		notices.send(notices.presidents(approverCourt), "cases.clock.extension-requested",
				"cases.clock.extension-requested:" + request.id(),
				Map.of("caseNumber", overview.registration().caseNumber().format(), "applicant", actor.displayName(),
						"length", effectiveUnit.describe(length), "due", DeadlineCalculator.format(current.due()),
						"decideBy", format(terms.decideBy())),
				"/cases/extensions");
		return request;
	}

	/** 批准: {@code length} ({@literal null}: as requested) must not exceed what the rule allows. */
	@Transactional
	public ExtensionRequest approve(Actor actor, CaseId caseId, UUID requestId, Integer length, String note) {
		ExtensionRequest request = pending(actor, caseId, requestId);
		int granted = length != null ? length : request.requestedLength();
		ClockInput input = clocks.input(caseId)
			.orElseThrow(() -> DomainException.conflict("clock-none", "problem.clock-none.detail"));
		LocalDate today = LocalDate.now(clock);
		CaseClock current = clocks.compute(input, today);
		ExtensionTerms terms = engine.extensionTerms(input.rule(), request.nth(), current.due());
		List<FieldProblem> problems = new ArrayList<>();
		if (granted < 1 || (terms.maxLength() != null && request.requestedUnit() == terms.unit()
				&& granted > terms.maxLength())) {
			problems.add(new FieldProblem("length", "range", "validation.clock.extension.length",
					List.of(terms.maxLength() == null ? "" : terms.unit().describe(terms.maxLength()))));
		}
		if (note != null && note.length() > REASON_MAX) {
			problems.add(new FieldProblem("note", "size", "validation.clock.note.size"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		boolean late = terms.decideBy() != null && today.isAfter(terms.decideBy());
		CaseOverview overview = access.courtCase(actor, caseId);
		ClockEvent.Extended extension = new ClockEvent.Extended(today, granted, request.requestedUnit(),
				request.approver(), request.citation());
		CaseClock after = clocks.compute(input, today, extension);
		requests.decide(requestId, ExtensionRequest.Status.APPROVED, granted, actor.username(), clock.instant(), late,
				blankToNull(note));
		docket.record(caseId, actor, new NewDocketEntry(DocketEntryType.EXTENSION_APPROVED, today, Audience.PARTIES,
				"经" + request.approver() + "批准，延长审限" + request.requestedUnit().describe(granted) + "，审限届满日变更为"
						+ DeadlineCalculator.format(after.due()) + "（" + request.citation()
						+ "；依《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第七条向当事人公开）。",
				Map.of("requestId", requestId.toString(), "length", String.valueOf(granted), "unit",
						request.requestedUnit().name(), "approver", request.approver(), "citation", request.citation(),
						"late", String.valueOf(late))));
		audit.success("case.clock.extension.approve", "case", caseId.toString());
		Map<String, String> values = Map.of("caseNumber", overview.registration().caseNumber().format(), "length",
				request.requestedUnit().describe(granted), "due", DeadlineCalculator.format(after.due()));
		String key = "cases.clock.extension-approved:" + requestId;
		notices.send(ClockNotices.bench(overview), "cases.clock.extension-approved", key, values, "/cases/" + caseId);
		notices.send(ClockNotices.partiesOf(overview), "cases.clock.extension-approved", key, values,
				"/cases/" + caseId);
		return requests.lock(caseId, requestId).orElseThrow();
	}

	/** 不批准, with the reason. */
	@Transactional
	public ExtensionRequest refuse(Actor actor, CaseId caseId, UUID requestId, String note) {
		ExtensionRequest request = pending(actor, caseId, requestId);
		if (note == null || note.isBlank() || note.length() > REASON_MAX) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("note", "required", "validation.clock.refusal.note")));
		}
		LocalDate today = LocalDate.now(clock);
		CaseOverview overview = access.courtCase(actor, caseId);
		requests.decide(requestId, ExtensionRequest.Status.REFUSED, null, actor.username(), clock.instant(), false,
				note.strip());
		docket.record(caseId, actor, new NewDocketEntry(DocketEntryType.EXTENSION_REFUSED, today, Audience.COURT,
				request.approver() + "不批准延长审限。理由：" + note.strip(),
				Map.of("requestId", requestId.toString())));
		audit.success("case.clock.extension.refuse", "case", caseId.toString());
		notices.send(ClockNotices.bench(overview), "cases.clock.extension-refused",
				"cases.clock.extension-refused:" + requestId,
				Map.of("caseNumber", overview.registration().caseNumber().format(), "reason", note.strip()),
				"/cases/" + caseId);
		return requests.lock(caseId, requestId).orElseThrow();
	}

	/** All requests of a case, for court staff. */
	@Transactional(readOnly = true)
	public List<ExtensionRequest> of(Actor actor, CaseId caseId) {
		access.courtCase(actor, caseId);
		return requests.of(caseId);
	}

	/** Requests waiting for the actor's decision (院长 only). */
	@Transactional(readOnly = true)
	public List<ExtensionRequest> pendingFor(Actor actor) {
		if (!actor.is(org.smartcourt.shared.Role.PRESIDENT)) {
			throw DomainException.forbidden("clock-forbidden", "problem.clock-forbidden.detail");
		}
		return requests.pendingFor(actor.court());
	}

	private ExtensionRequest pending(Actor actor, CaseId caseId, UUID requestId) {
		access.visible(actor, caseId);
		ExtensionRequest request = requests.lock(caseId, requestId)
			.orElseThrow(() -> DomainException.notFound("extension-request-not-found",
					"problem.extension-request-not-found.detail"));
		if (!access.decides(actor, request.approverCourt())) {
			throw DomainException.forbidden("extension-not-approver", "problem.extension-not-approver.detail",
					request.approver());
		}
		if (!request.isPending()) {
			throw DomainException.conflict("extension-decided", "problem.extension-decided.detail");
		}
		return request;
	}

	private static void validate(Integer length, PeriodUnit unit, String reason, ExtensionTerms terms) {
		List<FieldProblem> problems = new ArrayList<>();
		if (length == null || length < 1 || (terms.maxLength() != null && unit == terms.unit()
				&& length > terms.maxLength())) {
			problems.add(new FieldProblem("length", "range", "validation.clock.extension.length",
					List.of(terms.maxLength() == null ? "" : terms.unit().describe(terms.maxLength()))));
		}
		if ((unit != PeriodUnit.DAYS && unit != PeriodUnit.MONTHS)
				|| (terms.maxLength() != null && terms.unit() != null && unit != terms.unit())) {
			problems.add(new FieldProblem("unit", "invalid", "validation.clock.extension.unit"));
		}
		if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
			problems.add(new FieldProblem("reason", "required", "validation.clock.extension.reason"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
	}

	private static String format(LocalDate day) {
		return day == null ? "届满前" : DeadlineCalculator.format(day);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
