package org.smartcourt.fees.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.FeePayment;
import org.smartcourt.fees.FeePaymentId;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.PaymentGateway.PaymentOrder;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 缴费 over the API: staff open payments and decide 免交、减交、缓交、退费; the payer pays through the gateway. */
@RestController
@RequestMapping("/api/v1/fees/payments")
@Tag(name = "诉讼费用 Court fees")
class FeePaymentApiController {

	private final FeePayments payments;
	private final CourtFees fees;

	FeePaymentApiController(FeePayments payments, CourtFees fees) {
		this.payments = payments;
		this.fees = fees;
	}

	@PostMapping
	@Operation(summary = "登记待缴费用", description = "按 quote 计算应交金额，登记为待缴；限本院工作人员。")
	ResponseEntity<FeePaymentResponse> open(@RequestBody FeePaymentRequests.Open request) {
		if (request.quote() == null) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail",
					List.of(new FieldProblem("kind", "required", "validation.fees.kind.required")));
		}
		FeePayment payment = payments.open(CurrentActor.require(), request.reference(), request.payer(),
				fees.assess(request.quote().toFeeRequest()));
		return ResponseEntity.created(URI.create("/api/v1/fees/payments/" + payment.id()))
			.body(FeePaymentResponse.of(payment));
	}

	@GetMapping("/{id}")
	@Operation(summary = "查看缴费状态")
	FeePaymentResponse one(@PathVariable UUID id) {
		return FeePaymentResponse.of(payments.get(CurrentActor.require(), new FeePaymentId(id)));
	}

	@PostMapping("/{id}/order")
	@Operation(summary = "创建支付订单", description = "为应交金额创建支付订单，返回支付地址。")
	PaymentOrderResponse order(@PathVariable UUID id) {
		PaymentOrder order = payments.startPayment(CurrentActor.require(), new FeePaymentId(id));
		return new PaymentOrderResponse(order.orderId(), order.amount().toString(), order.amount().fen(),
				order.payUrl());
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "免交、减交、缓交或退费", description = "须写明理由；减交比例不得低于30%（第四十六条）。")
	FeePaymentResponse decide(@PathVariable UUID id, @RequestBody FeePaymentRequests.Decision request) {
		Actor actor = CurrentActor.require();
		FeePaymentId paymentId = new FeePaymentId(id);
		String decision = request.decision() == null ? "" : request.decision();
		return FeePaymentResponse.of(switch (decision) {
			case "waive" -> payments.waive(actor, paymentId, request.reason());
			case "reduce" -> payments.reduce(actor, paymentId, reducedAmount(request.reducedAmount()),
					request.reason());
			case "defer" -> payments.defer(actor, paymentId, request.reason());
			case "refund" -> payments.refund(actor, paymentId, request.reason());
			default -> throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail",
					List.of(new FieldProblem("decision", "unknown", "validation.fees.decision.unknown")));
		});
	}

	/** A payment order: where to pay and how much. */
	record PaymentOrderResponse(String orderId, String amount, long amountFen, String payUrl) {
	}

	private static Money reducedAmount(String yuan) {
		if (yuan == null || yuan.isBlank()) {
			return null;
		}
		try {
			return Money.parseYuan(yuan);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail",
					List.of(new FieldProblem("reducedAmount", "invalid", "validation.fees.amount.too-precise")));
		}
	}
}
