package org.smartcourt.fees.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeePayment;
import org.smartcourt.fees.FeePaymentId;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.PaymentDecision;
import org.smartcourt.fees.PaymentGateway;
import org.smartcourt.fees.PaymentGateway.PaymentNotice;
import org.smartcourt.fees.PaymentGateway.PaymentOrder;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link FeePayments}: one transaction per command, its audit record inside it. Staff act within their own court;
 * the payer sees and pays only their own fees.
 */
@Service
class FeePaymentService implements FeePayments {

	/** Who may decide 免交、减交、缓交 and refunds: the filing division and the judges who hear the case. */
	private static final Set<Role> DECIDERS = EnumSet.of(Role.FILING_CLERK, Role.JUDGE, Role.DIVISION_HEAD,
			Role.PRESIDENT);

	private final FeePaymentRepository payments;
	private final PaymentGateway gateway;
	private final AuditTrail audit;
	private final Clock clock;

	FeePaymentService(FeePaymentRepository payments, PaymentGateway gateway, AuditTrail audit, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public FeePayment open(Actor actor, String reference, String payer, FeeAssessment assessment) {
		if (!actor.isStaff()) {
			audit.denied("fees.payment.open", "fee-payment", null);
			throw DomainException.forbidden("fee-payment-forbidden", "problem.fee-payment-forbidden.detail");
		}
		if (reference == null || reference.isBlank()) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail",
					List.of(new FieldProblem("reference", "required", "validation.fees.reference.required")));
		}
		String description = assessment.request().kind().slug() + " · " + assessment.total() + " 元";
		FeePayment payment = FeePayment.open(reference.trim(), actor.court(), payer, description, assessment.total(),
				actor.username(), clock.instant());
		payments.insert(payment);
		audit.record(actor, "fees.payment.open", "fee-payment", payment.id().toString(),
				org.smartcourt.audit.AuditOutcome.SUCCESS, "due " + payment.due() + " 元");
		return payment;
	}

	@Override
	@Transactional(readOnly = true)
	public FeePayment get(Actor actor, FeePaymentId id) {
		return visible(actor, id);
	}

	@Override
	@Transactional(readOnly = true)
	public FeePayment forOrder(Actor actor, String orderId) {
		FeePayment payment = payments.findByOrder(orderId).orElseThrow(FeePaymentService::notFound);
		return visible(actor, payment.id());
	}

	@Override
	@Transactional
	public PaymentOrder startPayment(Actor actor, FeePaymentId id) {
		FeePayment payment = visible(actor, id);
		if (!payment.payable()) {
			throw DomainException.conflict("fee-payment-state", "problem.fee-payment-state.detail");
		}
		PaymentOrder order = gateway.createOrder(id, payment.due(), payment.description());
		payments.update(payment.ordered(order.orderId()));
		audit.record(actor, "fees.payment.order", "fee-payment", id.toString(),
				org.smartcourt.audit.AuditOutcome.SUCCESS, "order " + order.orderId() + " " + order.amount() + " 元");
		return order;
	}

	@Override
	@Transactional
	public FeePayment acceptNotice(Map<String, String> callbackParameters) {
		PaymentNotice notice = gateway.verifyCallback(callbackParameters).orElseThrow(FeePaymentService::badOrder);
		FeePayment payment = payments.findByOrder(notice.orderId()).orElseThrow(FeePaymentService::badOrder);
		FeePayment paid = payment.paid(notice.amount(), notice.paidAt());
		payments.update(paid);
		audit.success("fees.payment.paid", "fee-payment", payment.id().toString());
		return get(payment.id());
	}

	@Override
	@Transactional
	public FeePayment waive(Actor actor, FeePaymentId id, String reason) {
		return decide(actor, id, reason, "fees.payment.waive", (p, d) -> p.waived(d));
	}

	@Override
	@Transactional
	public FeePayment reduce(Actor actor, FeePaymentId id, Money newDue, String reason) {
		if (newDue == null) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail",
					List.of(new FieldProblem("reducedAmount", "required", "validation.fees.reduced-amount.required")));
		}
		return decide(actor, id, reason, "fees.payment.reduce", (p, d) -> p.reduced(newDue, d));
	}

	@Override
	@Transactional
	public FeePayment defer(Actor actor, FeePaymentId id, String reason) {
		return decide(actor, id, reason, "fees.payment.defer", (p, d) -> p.deferred(d));
	}

	@Override
	@Transactional
	public FeePayment refund(Actor actor, FeePaymentId id, String reason) {
		return decide(actor, id, reason, "fees.payment.refund", (p, d) -> p.refunded(d));
	}

	private FeePayment decide(Actor actor, FeePaymentId id, String reason, String action,
			java.util.function.BiFunction<FeePayment, PaymentDecision, FeePayment> change) {
		FeePayment payment = visible(actor, id);
		if (!DECIDERS.contains(actor.role()) || !payment.court().equals(actor.court())) {
			audit.denied(action, "fee-payment", id.toString());
			throw DomainException.forbidden("fee-payment-forbidden", "problem.fee-payment-forbidden.detail");
		}
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail",
					List.of(new FieldProblem("reason", "required", "validation.fees.reason.required")));
		}
		FeePayment changed = change.apply(payment,
				new PaymentDecision(actor.username(), reason.trim(), clock.instant()));
		payments.update(changed);
		audit.record(actor, action, "fee-payment", id.toString(), org.smartcourt.audit.AuditOutcome.SUCCESS,
				payment.status() + "→" + changed.status() + ", due " + changed.due() + " 元");
		return get(id);
	}

	private FeePayment get(FeePaymentId id) {
		return payments.find(id).orElseThrow();
	}

	/** Staff of the assessing court and the payer; anyone else is told it does not exist. */
	private FeePayment visible(Actor actor, FeePaymentId id) {
		FeePayment payment = payments.find(id).orElseThrow(FeePaymentService::notFound);
		boolean staffHere = actor.isStaff() && payment.court().equals(actor.court());
		boolean payer = actor.username().equals(payment.payer());
		if (!staffHere && !payer) {
			throw notFound();
		}
		return payment;
	}

	private static DomainException notFound() {
		return DomainException.notFound("fee-payment-not-found", "problem.fee-payment-not-found.detail");
	}

	private static DomainException badOrder() {
		return DomainException.ruleViolation("fee-payment-order-invalid", "problem.fee-payment-order-invalid.detail");
	}
}
