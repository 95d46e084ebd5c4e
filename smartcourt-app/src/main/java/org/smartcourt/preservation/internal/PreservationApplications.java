package org.smartcourt.preservation.internal;

import static org.smartcourt.preservation.internal.ApplicationInput.blank;
import static org.smartcourt.preservation.internal.ApplicationInput.money;
import static org.smartcourt.preservation.internal.ApplicationInput.properties;
import static org.smartcourt.preservation.internal.ApplicationInput.required;
import static org.smartcourt.preservation.internal.ApplicationInput.security;
import static org.smartcourt.preservation.internal.ApplicationInput.trim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeePayment;
import org.smartcourt.fees.FeePaymentId;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.Money;
import org.smartcourt.organization.Courts;
import org.smartcourt.preservation.ApplicationStatus;
import org.smartcourt.preservation.LiftGround;
import org.smartcourt.preservation.MeasureKind;
import org.smartcourt.preservation.MeasureStatus;
import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PreservedProperty;
import org.smartcourt.preservation.PropertyKind;
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
 * The preservation commands, one transaction each, each audited: apply (with an idempotency key), require and give
 * security, rule, enforce, ask for and grant renewal, lift, review and link to the suit. Two people ruling on the
 * same application at once: the first wins, the other is told it changed (409).
 */
@Service
public class PreservationApplications {

	static final String INVALID = "preservation-invalid";
	static final String CHANGED = "preservation-changed";
	static final String WRONG_STATE = "preservation-wrong-state";
	/** 财保: 非诉财产保全审查 (诉前、仲裁前财产保全). */
	static final String PRE_SUIT_CATEGORY = "0901";
	/** 执保: 财产保全执行. */
	static final String ENFORCEMENT_CATEGORY = "1004";

	private final PreservationStore store;
	private final PreservationClocks clocks;
	private final PreservationPapers papers;
	private final PreservationNotices notices;
	private final CaseRegistry registry;
	private final CaseNumbers numbers;
	private final Cases cases;
	private final Courts courts;
	private final CourtFees fees;
	private final FeePayments payments;
	private final AuditTrail audit;
	private final Clock clock;

	PreservationApplications(PreservationStore store, PreservationClocks clocks, PreservationPapers papers,
			PreservationNotices notices, CaseRegistry registry, CaseNumbers numbers, Cases cases, Courts courts,
			CourtFees fees, FeePayments payments, AuditTrail audit, Clock clock) {
		this.store = store;
		this.clocks = clocks;
		this.papers = papers;
		this.notices = notices;
		this.registry = registry;
		this.numbers = numbers;
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
		Application a = load(id);
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
		claim(a, "status = ?, required_security_fen = ?, security_reason = ?", next.name(), required.fen(), trim(reason));
		store.addEvent(id, clock.instant(), actor.username(), "SECURITY_REQUIRED", "责令提供担保人民币" + required + "元"
				+ (ruled ? "（追加担保，保全规定第五条第三款）" : "（保全规定第五条）") + (blank(reason) ? "" : "：" + reason.strip()));
		audit.success("preservation.security.require", "preservation", id.toString());
		return load(id);
	}

	/** 提供担保: the ruling clock of five days runs again from today (保全规定第四条第一款). */
	@Transactional
	public Application provideSecurity(Actor actor, PreservationId id, Security security) {
		Application a = load(id);
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
		claim(a, """
				status = 'SUBMITTED', security_kind = ?, security_amount_fen = ?, security_provider = ?, security_reference = ?,
				no_security_ground = null, security_given_at = ?, clock_start = ?, ruling_due_at = ?""",
				security.kind().name(), security.amount().fen(), security.provider(), security.reference(),
				PreservationStore.ts(now), PreservationStore.ts(now), PreservationStore.ts(due.at()));
		store.addEvent(id, now, actor.username(), "SECURITY_GIVEN", "提供担保人民币" + security.amount()
				+ "元；裁定期限自提供担保之日起计算，届满：" + Labels.time(due.at()) + "（" + due.citation() + "）");
		audit.success("preservation.security.provide", "preservation", id.toString());
		return load(id);
	}

	/** An order for one measure in a grant: the object and, for a deposit, the amount to freeze. */
	public record MeasureOrder(int propertySeq, MeasureKind kind, String amount) {
	}

	/**
	 * 裁定: grant with measures (then the 执保 case is registered for the enforcement bureau, 保全规定第二条) or dismiss
	 * with reasons; the 保全裁定书 is made and stored.
	 */
	@Transactional
	public Application rule(Actor actor, PreservationId id, boolean grant, String reason, List<MeasureOrder> orders) {
		Application a = load(id);
		PreservationScope.requireDecides(actor, a);
		if (!a.status().awaitsRuling() && !(a.status() == ApplicationStatus.AWAITING_SECURITY && !grant)) {
			throw DomainException.conflict(CHANGED, "problem." + CHANGED + ".detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (!grant && blank(reason)) {
			problems.add(new FieldProblem("rulingReason", "required", "preservation.error.reason"));
		}
		List<Measure> measures = grant ? measures(a, orders, problems) : List.of();
		if (grant && measures.isEmpty() && problems.isEmpty()) {
			problems.add(new FieldProblem("measures", "required", "preservation.error.measures"));
		}
		if (grant) {
			problems.addAll(SecurityRule.checkOffer(a.kind(), a.amount(), a.security(), a.noSecurityGround(),
					a.requiredSecurity()));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
		Instant now = clock.instant();
		PreservationClocks.Due enforcement = clocks.enforcement(a.urgent(), now);
		claim(a, "status = ?, ruled_at = ?, ruled_by = ?, ruling_reason = ?, enforcement_due_at = ?",
				(grant ? ApplicationStatus.GRANTED : ApplicationStatus.DISMISSED).name(), PreservationStore.ts(now),
				actor.username(), trim(reason), grant ? PreservationStore.ts(enforcement.at()) : null);
		if (grant) {
			RegisteredCase execution = registry.register(new RegisterCase(a.court(), ENFORCEMENT_CATEGORY, null,
					Procedure.ENFORCEMENT, null, null, a.applicant().name() + "申请财产保全执行（" + a.rulingCase().number() + "）",
					parties(a.applicant(), a.respondent()), null));
			store.change(load(id), "enforcement_case_id = ?, enforcement_case_number = ?", execution.id().value(),
					execution.caseNumber().format());
			measures.forEach(store::insertMeasure);
			// 《诉讼费用交纳办法》第十四条第（二）项: the fee follows the amount actually preserved
			Money preserved = preserved(a, measures);
			FeeAssessment fee = fees.assess(FeeRequest.of(CaseKind.PRESERVATION, preserved));
			FeePayment payment = payments.open(actor, a.rulingCase().number(), a.filedBy(), fee);
			store.change(load(id), "fee_fen = ?, fee_payment_id = ?", fee.total().fen(), payment.id().value());
			store.addEvent(id, now, actor.username(), "GRANTED", "裁定准予保全，立执保案件" + execution.caseNumber().format()
					+ "交执行机构实施；执行期限届满：" + Labels.time(enforcement.at()) + (a.urgent() ? "（情况紧急，立即开始执行）" : "")
					+ "（" + enforcement.citation() + "）");
		}
		else {
			store.addEvent(id, now, actor.username(), "DISMISSED", "裁定驳回保全申请：" + reason.strip());
		}
		Application ruled = load(id);
		store.addDocument(id, papers.ruling(ruled, grant, reason, ruled.measures()));
		notices.send("preservation:ruled:" + id, a.filedBy(), "preservation.ruled",
				Map.of("caseNumber", a.rulingCase().number(), "outcome", grant ? "准予保全" : "驳回申请"), link(id));
		audit.success(grant ? "preservation.grant" : "preservation.dismiss", "preservation", id.toString());
		return load(id);
	}

	/**
	 * 执行保全裁定: the measures are taken today; each gets its expiry from the engine, and the applicant is told the
	 * dates in writing (保全期限告知书) and by message (保全规定第十八条第二款).
	 */
	@Transactional
	public Application enforce(Actor actor, PreservationId id) {
		Application a = load(id);
		PreservationScope.requireDecides(actor, a);
		if (a.status() != ApplicationStatus.GRANTED) {
			throw wrongState(a);
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		claim(a, "status = 'ENFORCED', enforced_at = ?", PreservationStore.ts(now));
		for (Measure m : a.measures()) {
			if (m.status() != MeasureStatus.ORDERED) {
				continue;
			}
			LocalDate expiry = clocks.expiry(m.objectKind(), today).day();
			LocalDate suitDeadline = a.preSuit() && a.convertedOn() == null ? clocks.suitWindow(today).day() : null;
			store.updateMeasure(m.id(), "status = 'ACTIVE', start_date = ?, expiry_date = ?, suit_deadline = ?", today,
					expiry, suitDeadline);
		}
		store.addEvent(id, now, actor.username(), "ENFORCED", "已采取保全措施，保全期限届满日已书面告知申请人");
		Application done = load(id);
		tellExpiry(done, done.activeMeasures());
		audit.success("preservation.enforce", "preservation", id.toString());
		return load(id);
	}

	/** 申请续行保全 by the applicant, due at least seven days before expiry (保全规定第十八条第一款); later ones are recorded as late. */
	@Transactional
	public Application requestRenewal(Actor actor, PreservationId id, UUID measureId) {
		Application a = load(id);
		PreservationScope.requireApplicant(actor, a);
		Measure m = activeMeasure(a, measureId);
		LocalDate today = LocalDate.now(clock);
		long left = m.daysLeft(today);
		store.updateMeasure(m.id(), "renewal_requested_on = ?", today);
		store.addEvent(id, clock.instant(), actor.username(), "RENEWAL_REQUESTED", "申请续行保全（" + m.objectDescription()
				+ "，届满日" + PreservationPapers.day(m.expiryDate()) + "）" + (left < 7
						? "；距届满不足七日，属逾期申请，可能不能续行（保全规定第十八条第一款）" : ""));
		notices.send("preservation:renewal-requested:" + m.id() + ":" + m.expiryDate(), a.ruledBy(),
				"preservation.renewal-requested", Map.of("caseNumber", caseNumber(a), "object", m.objectDescription(),
						"expiry", PreservationPapers.day(m.expiryDate())), link(id));
		audit.success("preservation.renewal.request", "preservation", id.toString());
		return load(id);
	}

	/** 续行保全: a new period of the same maximum from the old expiry (民诉解释第四百八十五条第二款), told in writing again. */
	@Transactional
	public Application renew(Actor actor, PreservationId id, UUID measureId) {
		Application a = load(id);
		PreservationScope.requireDecides(actor, a);
		Measure m = activeMeasure(a, measureId);
		LocalDate expiry = clocks.renewal(m.objectKind(), m.expiryDate()).day();
		claim(a, "status = status");
		store.updateMeasure(m.id(), "expiry_date = ?, renewals = renewals + 1, renewal_requested_on = null", expiry);
		store.addEvent(id, clock.instant(), actor.username(), "RENEWED", "续行保全（" + m.objectDescription() + "）：届满日由"
				+ PreservationPapers.day(m.expiryDate()) + "延至" + PreservationPapers.day(expiry) + "（民诉解释第四百八十五条）");
		Application renewed = load(id);
		tellExpiry(renewed, renewed.measures().stream().filter(x -> x.id().equals(m.id())).toList());
		audit.success("preservation.renew", "preservation", id.toString());
		return load(id);
	}

	/**
	 * 解除保全 on one of the grounds of 保全规定第二十三条 or on counter-security (民诉法第一百零七条). The court acts within five
	 * days of the application, 48 hours when urgent; the clock is recorded with the lifting.
	 */
	@Transactional
	public Application lift(Actor actor, PreservationId id, LiftGround ground, String note, boolean urgent,
			Instant appliedAt) {
		Application a = load(id);
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
		claim(a, "status = 'LIFTED'");
		String reason = ground.text() + (blank(note) ? "" : "；" + note.strip());
		for (Measure m : open) {
			store.updateMeasure(m.id(), "status = 'LIFTED', lifted_on = ?, lift_reason = ?", LocalDate.now(clock), reason);
		}
		store.addEvent(id, now, actor.username(), "LIFTED", "解除保全：" + reason + "。解除期限届满：" + Labels.time(due.at()) + "（"
				+ due.citation() + "）" + (now.isAfter(due.at()) ? "，已超期" : "，按期"));
		notices.send("preservation:lifted:" + id, a.filedBy(), "preservation.lifted", Map.of("caseNumber", caseNumber(a)),
				link(id));
		audit.success("preservation.lift", "preservation", id.toString());
		return load(id);
	}

	/**
	 * 申请复议 (保全规定第二十五条): once, within five days of service of the ruling (served on the platform the day it
	 * was made); refused when late. The ruling is not suspended meanwhile (民诉法第一百一十一条).
	 */
	@Transactional
	public Application requestReview(Actor actor, PreservationId id, String reason) {
		Application a = load(id);
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
		claim(a, "review_requested_on = ?, review_reason = ?, review_due_on = ?", today, reason.strip(), decide.day());
		store.addEvent(id, clock.instant(), actor.username(), "REVIEW_REQUESTED", "申请复议，应于"
				+ PreservationPapers.day(decide.day()) + "前审查（" + decide.citation() + "）；复议期间不停止裁定的执行（《民事诉讼法》第一百一十一条）");
		audit.success("preservation.review.request", "preservation", id.toString());
		return load(id);
	}

	/** 复议决定: upheld (驳回复议) or revoked (撤销裁定, the measures lifted). */
	@Transactional
	public Application decideReview(Actor actor, PreservationId id, boolean revoke, String note) {
		Application a = load(id);
		PreservationScope.requireDecides(actor, a);
		if (a.reviewRequestedOn() == null || a.reviewDecidedAt() != null) {
			throw wrongState(a);
		}
		Instant now = clock.instant();
		claim(a, "review_decided_at = ?, review_outcome = ?, review_note = ?", PreservationStore.ts(now),
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
		return load(id);
	}

	/** The manual link of a pre-suit preservation to the suit filed, by its 案号 (保全规定第十七条). */
	@Transactional
	public Application linkSuit(Actor actor, PreservationId id, String caseNumber) {
		Application a = load(id);
		PreservationScope.requireSees(actor, a);
		if (!a.preSuit() || a.convertedOn() != null) {
			throw wrongState(a);
		}
		RegisteredCase suit = parse(caseNumber)
			.orElseThrow(() -> DomainException.invalid(INVALID, "problem." + INVALID + ".detail",
					List.of(new FieldProblem("caseNumber", "unknown", "preservation.error.case-number"))));
		convert(a, suit, actor.username());
		return load(id);
	}

	/**
	 * 诉前保全 turns into litigation preservation when the suit is filed (保全规定第十七条): no new ruling, the period runs
	 * on; recorded with the new 案号. Joins the caller's transaction.
	 */
	void convert(Application a, RegisteredCase suit, String actor) {
		LocalDate today = LocalDate.now(clock);
		if (!store.change(a, "litigation_case_id = ?, litigation_case_number = ?, converted_on = ?", suit.id().value(),
				suit.caseNumber().format(), today)) {
			return;
		}
		for (Measure m : a.activeMeasures()) {
			store.updateMeasure(m.id(), "suit_deadline = null");
		}
		store.addEvent(a.id(), clock.instant(), actor, "CONVERTED", "已起诉（" + suit.caseNumber().format()
				+ "），诉前保全自动转为诉讼保全，保全期限连续计算（《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第十七条）");
		notices.send("preservation:converted:" + a.id(), a.filedBy(), "preservation.converted",
				Map.of("caseNumber", suit.caseNumber().format()), link(a.id()));
		audit.success("preservation.convert", "preservation", a.id().toString());
	}

	/** The measures of a grant: by default one per definite object, the usual measure of its kind. */
	private List<Measure> measures(Application a, List<MeasureOrder> orders, List<FieldProblem> problems) {
		List<MeasureOrder> chosen = orders == null || orders.isEmpty()
				? a.properties().stream().filter(p -> !p.leadOnly()).map(p -> new MeasureOrder(p.seq(), null, null)).toList()
				: orders;
		List<Measure> measures = new ArrayList<>();
		for (MeasureOrder o : chosen) {
			Optional<PreservedProperty> p = a.properties().stream().filter(x -> x.seq() == o.propertySeq()).findFirst();
			if (p.isEmpty()) {
				problems.add(new FieldProblem("measures", "unknown-property", "preservation.error.unknown-property"));
				continue;
			}
			String field = "amount-" + o.propertySeq();
			Money amount = money(problems, field, o.amount(), false);
			if (amount == null && p.get().kind() == PropertyKind.DEPOSIT) {
				// 保全规定第十五条: a bank freeze states a specific amount, at most what is to be preserved
				Money value = p.get().estimatedValue();
				amount = value == null || value.compareTo(a.amount()) > 0 ? a.amount() : value;
			}
			if (amount != null && amount.compareTo(a.amount()) > 0) {
				problems.add(new FieldProblem(field, "over-amount", "preservation.error.over-amount",
						List.of(a.amount().toString())));
			}
			MeasureKind kind = o.kind() == null ? p.get().kind().usualMeasure() : o.kind();
			measures.add(new Measure(UUID.randomUUID(), a.id().value(), p.get().seq(), kind, p.get().kind(),
					describe(p.get()), amount, MeasureStatus.ORDERED, null, null, p.get().kind().periodRule().value(), 0, null,
					null, null, null, null));
		}
		return measures;
	}

	/** The fee's payment status as the fees module keeps it, for a reader who may see the application. */
	public Optional<FeePayment> feePayment(Actor actor, Application a) {
		return store.feePayment(a.id()).map(id -> payments.get(actor, new FeePaymentId(id)));
	}

	private static Money preserved(Application a, List<Measure> measures) {
		long known = measures.stream().filter(m -> m.amount() != null).mapToLong(m -> m.amount().fen()).sum();
		return known == 0 || known > a.amount().fen() ? a.amount() : Money.ofFen(known);
	}

	private void tellExpiry(Application a, List<Measure> measures) {
		if (measures.isEmpty()) {
			return;
		}
		store.addDocument(a.id(), papers.expiryNotice(a, measures));
		for (Measure m : measures) {
			notices.send("preservation:expiry-notice:" + m.id() + ":" + m.expiryDate(), a.filedBy(),
					"preservation.expiry-notice", Map.of("caseNumber", caseNumber(a), "object", m.objectDescription(),
							"expiry", PreservationPapers.day(m.expiryDate())), link(a.id()));
		}
	}

	private Optional<RegisteredCase> servedCase(Actor actor, String caseNumber) {
		Optional<RegisteredCase> found = parse(caseNumber);
		if (found.isEmpty()) {
			return found;
		}
		if (PreservationScope.isApplicant(actor)) {
			// a party may only ask on a case it can see; others are told the number is unknown
			return cases.find(found.get().id()).flatMap(o -> cases.levelFor(actor, o)).isPresent() ? found : Optional.empty();
		}
		return found;
	}

	private Optional<RegisteredCase> parse(String caseNumber) {
		if (blank(caseNumber)) {
			return Optional.empty();
		}
		try {
			CaseNumber number = numbers.parse(caseNumber.strip());
			return Optional.of(number).flatMap(n -> registry.byNumber(n));
		}
		catch (DomainException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Application load(PreservationId id) {
		return store.find(id).orElseThrow(PreservationScope::notFound);
	}

	private void claim(Application a, String set, Object... params) {
		if (!store.change(a, set, params)) {
			throw DomainException.conflict(CHANGED, "problem." + CHANGED + ".detail");
		}
	}

	private static Measure activeMeasure(Application a, UUID measureId) {
		Measure m = a.measures().stream().filter(x -> x.id().equals(measureId)).findFirst()
			.orElseThrow(PreservationScope::notFound);
		if (!m.active()) {
			throw DomainException.conflict(WRONG_STATE, "problem." + WRONG_STATE + ".detail");
		}
		return m;
	}

	private static DomainException wrongState(Application a) {
		return DomainException.conflict(WRONG_STATE, "problem." + WRONG_STATE + ".detail");
	}

	private static List<CaseParty> parties(Party applicant, Party respondent) {
		return List.of(CaseParty.party(1, PartySide.APPLICANT, null, applicant.name(), applicant.idNumber()),
				CaseParty.party(2, PartySide.RESPONDENT, null, respondent.name(), respondent.idNumber()));
	}

	private static String describe(PreservedProperty p) {
		return p.description() + (blank(p.identifier()) ? "" : "（" + p.identifier() + "）");
	}

	static String caseNumber(Application a) {
		if (a.litigationCase() != null) {
			return a.litigationCase().number();
		}
		return a.rulingCase() == null ? "" : a.rulingCase().number();
	}

	static String link(PreservationId id) {
		return "/preservation/" + id;
	}
}
