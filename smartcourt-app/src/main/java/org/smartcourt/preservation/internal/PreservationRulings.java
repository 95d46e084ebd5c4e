package org.smartcourt.preservation.internal;

import static org.smartcourt.preservation.internal.ApplicationChanges.CHANGED;
import static org.smartcourt.preservation.internal.ApplicationChanges.ENFORCEMENT_CATEGORY;
import static org.smartcourt.preservation.internal.ApplicationChanges.INVALID;
import static org.smartcourt.preservation.internal.ApplicationChanges.link;
import static org.smartcourt.preservation.internal.ApplicationChanges.parties;
import static org.smartcourt.preservation.internal.ApplicationChanges.wrongState;
import static org.smartcourt.preservation.internal.ApplicationInput.blank;
import static org.smartcourt.preservation.internal.ApplicationInput.money;
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
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeePayment;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.Money;
import org.smartcourt.preservation.ApplicationStatus;
import org.smartcourt.preservation.MeasureKind;
import org.smartcourt.preservation.MeasureStatus;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.PreservedProperty;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.SecurityRule;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 裁定 and 执行: grant (measures ordered, the 执保 case registered, the fee assessed on what is preserved) or dismiss,
 * then take the measures and tell the applicant their expiry dates. One transaction per command, each audited; two
 * people ruling on the same application at once: the first wins, the other is told it changed (409).
 */
@Service
public class PreservationRulings {

	private final PreservationStore store;
	private final ApplicationChanges changes;
	private final PreservationClocks clocks;
	private final PreservationPapers papers;
	private final PreservationNotices notices;
	private final CaseRegistry registry;
	private final CourtFees fees;
	private final FeePayments payments;
	private final AuditTrail audit;
	private final Clock clock;

	PreservationRulings(PreservationStore store, ApplicationChanges changes, PreservationClocks clocks,
			PreservationPapers papers, PreservationNotices notices, CaseRegistry registry, CourtFees fees,
			FeePayments payments, AuditTrail audit, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.clocks = clocks;
		this.papers = papers;
		this.notices = notices;
		this.registry = registry;
		this.fees = fees;
		this.payments = payments;
		this.audit = audit;
		this.clock = clock;
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
		Application a = changes.load(id);
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
		changes.claim(a, "status = ?, ruled_at = ?, ruled_by = ?, ruling_reason = ?, enforcement_due_at = ?",
				(grant ? ApplicationStatus.GRANTED : ApplicationStatus.DISMISSED).name(), PreservationStore.ts(now),
				actor.username(), trim(reason), grant ? PreservationStore.ts(enforcement.at()) : null);
		if (grant) {
			RegisteredCase execution = registry.register(new RegisterCase(a.court(), ENFORCEMENT_CATEGORY, null,
					Procedure.ENFORCEMENT, null, null, a.applicant().name() + "申请财产保全执行（" + a.rulingCase().number() + "）",
					parties(a.applicant(), a.respondent()), null));
			store.change(changes.load(id), "enforcement_case_id = ?, enforcement_case_number = ?", execution.id().value(),
					execution.caseNumber().format());
			measures.forEach(store::insertMeasure);
			// 《诉讼费用交纳办法》第十四条第（二）项: the fee follows the amount actually preserved
			Money preserved = preserved(a, measures);
			FeeAssessment fee = fees.assess(FeeRequest.of(CaseKind.PRESERVATION, preserved));
			FeePayment payment = payments.open(actor, a.rulingCase().number(), a.filedBy(), fee);
			store.change(changes.load(id), "fee_fen = ?, fee_payment_id = ?", fee.total().fen(), payment.id().value());
			store.addEvent(id, now, actor.username(), "GRANTED", "裁定准予保全，立执保案件" + execution.caseNumber().format()
					+ "交执行机构实施；执行期限届满：" + Labels.time(enforcement.at()) + (a.urgent() ? "（情况紧急，立即开始执行）" : "")
					+ "（" + enforcement.citation() + "）");
		}
		else {
			store.addEvent(id, now, actor.username(), "DISMISSED", "裁定驳回保全申请：" + reason.strip());
		}
		Application ruled = changes.load(id);
		store.addDocument(id, papers.ruling(ruled, grant, reason, ruled.measures()));
		notices.send("preservation:ruled:" + id, a.filedBy(), "preservation.ruled",
				Map.of("caseNumber", a.rulingCase().number(), "outcome", grant ? "准予保全" : "驳回申请"), link(id));
		audit.success(grant ? "preservation.grant" : "preservation.dismiss", "preservation", id.toString());
		return changes.load(id);
	}

	/**
	 * 执行保全裁定: the measures are taken today; each gets its expiry from the engine, and the applicant is told the
	 * dates in writing (保全期限告知书) and by message (保全规定第十八条第二款).
	 */
	@Transactional
	public Application enforce(Actor actor, PreservationId id) {
		Application a = changes.load(id);
		PreservationScope.requireDecides(actor, a);
		if (a.status() != ApplicationStatus.GRANTED) {
			throw wrongState(a);
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		changes.claim(a, "status = 'ENFORCED', enforced_at = ?", PreservationStore.ts(now));
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
		Application done = changes.load(id);
		changes.tellExpiry(done, done.activeMeasures());
		audit.success("preservation.enforce", "preservation", id.toString());
		return changes.load(id);
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

	private static Money preserved(Application a, List<Measure> measures) {
		long known = measures.stream().filter(m -> m.amount() != null).mapToLong(m -> m.amount().fen()).sum();
		return known == 0 || known > a.amount().fen() ? a.amount() : Money.ofFen(known);
	}

	private static String describe(PreservedProperty p) {
		return p.description() + (blank(p.identifier()) ? "" : "（" + p.identifier() + "）");
	}
}
