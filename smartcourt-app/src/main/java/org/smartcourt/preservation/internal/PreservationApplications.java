package org.smartcourt.preservation.internal;

import static org.smartcourt.preservation.internal.ApplicationChanges.INVALID;
import static org.smartcourt.preservation.internal.ApplicationChanges.PRE_SUIT_CATEGORY;
import static org.smartcourt.preservation.internal.ApplicationChanges.parties;
import static org.smartcourt.preservation.internal.ApplicationChanges.wrongState;
import static org.smartcourt.preservation.internal.ApplicationInput.blank;
import static org.smartcourt.preservation.internal.ApplicationInput.money;
import static org.smartcourt.preservation.internal.ApplicationInput.properties;
import static org.smartcourt.preservation.internal.ApplicationInput.required;
import static org.smartcourt.preservation.internal.ApplicationInput.security;
import static org.smartcourt.preservation.internal.ApplicationInput.trim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.FeePayment;
import org.smartcourt.fees.FeePaymentId;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.Money;
import org.smartcourt.organization.Courts;
import org.smartcourt.preservation.ApplicationStatus;
import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PreservedProperty;
import org.smartcourt.preservation.Security;
import org.smartcourt.preservation.SecurityRule;
import org.smartcourt.preservation.internal.Application.CaseRef;
import org.smartcourt.preservation.internal.Application.Party;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申请保全 and its 担保: apply (with an idempotency key), read, 责令提供担保 and 提供担保, and the fee's payment status. One
 * transaction per command, each audited. Ruling and enforcement are in {@link PreservationRulings}, 续行保全 in
 * {@link PreservationRenewals}, 解除保全 and 复议 in {@link PreservationLifting}, the link to the suit in
 * {@link SuitConversion}.
 */
@Service
public class PreservationApplications {

	private final PreservationStore store;
	private final ApplicationChanges changes;
	private final PreservationClocks clocks;
	private final CaseRegistry registry;
	private final Cases cases;
	private final Courts courts;
	private final CourtFees fees;
	private final FeePayments payments;
	private final AuditTrail audit;
	private final Clock clock;

	PreservationApplications(PreservationStore store, ApplicationChanges changes, PreservationClocks clocks,
			CaseRegistry registry, Cases cases, Courts courts, CourtFees fees, FeePayments payments,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.clocks = clocks;
		this.registry = registry;
		this.cases = cases;
		this.courts = courts;
		this.fees = fees;
		this.payments = payments;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 申请保全 by a litigant or lawyer, or recorded by a 立案 clerk. A repeated idempotency key returns the first
	 * application. Before suit it registers the 财保 case.
	 */
	@Transactional
	public Application apply(Actor actor, NewApplication in, String idempotencyKey) {
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null) {
			Optional<PreservationId> earlier = store.findByKey(actor.username(), key);
			if (earlier.isPresent()) {
				return store.find(earlier.get()).orElseThrow();
			}
		}
		if (!PreservationScope.isApplicant(actor) && !actor.is(org.smartcourt.shared.Role.FILING_CLERK)) {
			throw DomainException.forbidden("preservation-forbidden", "problem.preservation-forbidden.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		PreservationKind kind = in.kind();
		if (kind == null) {
			problems.add(required("kind"));
		}
		Money amount = ApplicationInput.checkFields(problems, in);
		List<PreservedProperty> properties = properties(problems, in.properties());
		CourtId court = null;
		CaseRef litigation = null;
		if (kind == PreservationKind.PRE_SUIT) {
			if (blank(in.courtId()) || courts.find(new CourtId(in.courtId().strip())).isEmpty()) {
				problems.add(new FieldProblem("courtId", "required", "preservation.error.court"));
			}
			else {
				court = new CourtId(in.courtId().strip());
			}
		}
		else if (kind != null) {
			Optional<RegisteredCase> served = servedCase(actor, in.caseNumber());
			if (served.isEmpty()) {
				problems.add(new FieldProblem("caseNumber", "unknown", "preservation.error.case-number"));
			}
			else {
				court = served.get().courtId();
				litigation = new CaseRef(served.get().id().value(), served.get().caseNumber().format());
			}
		}
		if (court != null && actor.isStaff() && !court.equals(actor.court())) {
			problems.add(new FieldProblem("courtId", "other-court", "preservation.error.other-court"));
		}
		Security security = security(problems, in);
		NoSecurityGround ground = in.noSecurityGround();
		if (kind == PreservationKind.PRE_ENFORCEMENT && security == null && ground == null) {
			ground = NoSecurityGround.AFTER_JUDGMENT;
		}
		if (kind != null && amount != null && problems.isEmpty()) {
			problems.addAll(SecurityRule.checkOffer(kind, amount, security, ground, null));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
		Instant now = clock.instant();
		Party applicant = new Party(in.applicantName().strip(), trim(in.applicantIdNumber()), in.applicantAddress().strip(),
				in.applicantContact().strip());
		Party respondent = new Party(in.respondentName().strip(), trim(in.respondentIdNumber()),
				in.respondentAddress().strip(), trim(in.respondentContact()));
		CaseRef review = null;
		if (kind == PreservationKind.PRE_SUIT) {
			RegisteredCase registered = registry.register(new RegisterCase(court, PRE_SUIT_CATEGORY, null, Procedure.OTHER,
					null, null, applicant.name() + "申请诉前财产保全", parties(applicant, respondent),
					PreservationScope.isApplicant(actor) ? actor.username() : null));
			review = new CaseRef(registered.id().value(), registered.caseNumber().format());
		}
		Money fee = fees.assess(FeeRequest.of(CaseKind.PRESERVATION, amount)).total();
		PreservationClocks.Due due = clocks.ruling(kind, in.urgent(), now);
		Application a = new Application(PreservationId.random(), court, kind, ApplicationStatus.SUBMITTED, in.urgent(),
				trim(in.urgentReason()), applicant, respondent, in.claim().strip(), in.grounds().strip(), amount,
				in.searchRequested(), security, ground, null, null, security == null ? null : now, fee, false, review,
				litigation, null, actor.username(), actor.role().name(), now, now, due.at(), null, null, null, null, null,
				null, null, null, null, null, null, null, 0, properties, List.of(), List.of(), List.of());
		store.insert(a, key);
		store.addEvent(a.id(), now, actor.username(), "APPLIED", "收到保全申请，裁定期限届满：" + Labels.time(due.at()) + "（"
				+ due.citation() + "）");
		if (a.searchRequested() || a.hasLeadsOnly()) {
			store.addEvent(a.id(), now, actor.username(), "SEARCH_REQUESTED",
					"申请通过网络执行查控系统查询被保全人财产（《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第十一条）");
		}
		audit.success("preservation.apply", "preservation", a.id().toString());
		return store.find(a.id()).orElseThrow();
	}

	/** Reads one application; applicants only their own, staff their court's (others: not found). */
	public Application read(Actor actor, PreservationId id) {
		Application a = store.find(id).orElseThrow(PreservationScope::notFound);
		PreservationScope.requireSees(actor, a);
		return a;
	}

	/**
	 * 责令提供担保 (保全规定第五条): before the ruling the court sets what it requires (≤30% in litigation, the amount
	 * before suit unless it records a reason); after it, only more (第五条第三款).
	 */
	@Transactional
	public Application requireSecurity(Actor actor, PreservationId id, String requiredText, String reason) {
		Application a = changes.load(id);
		PreservationScope.requireDecides(actor, a);
		List<FieldProblem> problems = new ArrayList<>();
		Money required = money(problems, "requiredSecurity", requiredText, true);
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
		boolean ruled = a.status() == ApplicationStatus.GRANTED || a.status() == ApplicationStatus.ENFORCED;
		if (!ruled && !a.status().awaitsRuling() && a.status() != ApplicationStatus.AWAITING_SECURITY) {
			throw wrongState(a);
		}
		problems.addAll(ruled ? SecurityRule.checkIncrease(a.requiredSecurity(), required)
				: SecurityRule.checkRequirement(a.kind(), a.amount(), required, reason));
		if (!problems.isEmpty()) {
			throw DomainException.invalid("preservation-security-amount", "problem.preservation-security-amount.detail",
					problems);
		}
		boolean covered = a.security() != null && a.security().amount().compareTo(required) >= 0;
		ApplicationStatus next = ruled || covered ? a.status() : ApplicationStatus.AWAITING_SECURITY;
		changes.claim(a, "status = ?, required_security_fen = ?, security_reason = ?", next.name(), required.fen(), trim(reason));
		store.addEvent(id, clock.instant(), actor.username(), "SECURITY_REQUIRED", "责令提供担保人民币" + required + "元"
				+ (ruled ? "（追加担保，保全规定第五条第三款）" : "（保全规定第五条）") + (blank(reason) ? "" : "：" + reason.strip()));
		audit.success("preservation.security.require", "preservation", id.toString());
		return changes.load(id);
	}

	/** 提供担保: the ruling clock of five days runs again from today (保全规定第四条第一款). */
	@Transactional
	public Application provideSecurity(Actor actor, PreservationId id, Security security) {
		Application a = changes.load(id);
		PreservationScope.requireSees(actor, a);
		if (a.status() != ApplicationStatus.AWAITING_SECURITY && a.status() != ApplicationStatus.SUBMITTED) {
			throw wrongState(a);
		}
		List<FieldProblem> problems = SecurityRule.checkOffer(a.kind(), a.amount(), security, null, a.requiredSecurity());
		if (!problems.isEmpty()) {
			throw DomainException.invalid("preservation-security-amount", "problem.preservation-security-amount.detail",
					problems);
		}
		Instant now = clock.instant();
		PreservationClocks.Due due = clocks.ruling(a.kind(), a.urgent(), now);
		changes.claim(a, """
				status = 'SUBMITTED', security_kind = ?, security_amount_fen = ?, security_provider = ?, security_reference = ?,
				no_security_ground = null, security_given_at = ?, clock_start = ?, ruling_due_at = ?""",
				security.kind().name(), security.amount().fen(), security.provider(), security.reference(),
				PreservationStore.ts(now), PreservationStore.ts(now), PreservationStore.ts(due.at()));
		store.addEvent(id, now, actor.username(), "SECURITY_GIVEN", "提供担保人民币" + security.amount()
				+ "元；裁定期限自提供担保之日起计算，届满：" + Labels.time(due.at()) + "（" + due.citation() + "）");
		audit.success("preservation.security.provide", "preservation", id.toString());
		return changes.load(id);
	}

	/** The fee's payment status as the fees module keeps it, for a reader who may see the application. */
	public Optional<FeePayment> feePayment(Actor actor, Application a) {
		return store.feePayment(a.id()).map(id -> payments.get(actor, new FeePaymentId(id)));
	}

	private Optional<RegisteredCase> servedCase(Actor actor, String caseNumber) {
		Optional<RegisteredCase> found = changes.parse(caseNumber);
		if (found.isEmpty()) {
			return found;
		}
		if (PreservationScope.isApplicant(actor)) {
			// a party may only ask on a case it can see; others are told the number is unknown
			return cases.find(found.get().id()).flatMap(o -> cases.levelFor(actor, o)).isPresent() ? found : Optional.empty();
		}
		return found;
	}
}
