package org.smartcourt.fees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.fees.FeePayments;
import org.smartcourt.fees.internal.LocalPayments;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payer's side of the development payment gateway: confirming pays the order, and the gateway's signed notice
 * is accepted exactly as a real gateway's would be. Answers 404 when another gateway is configured.
 */
@RestController
@Tag(name = "诉讼费用 Court fees")
class LocalGatewayApiController {

	private final ObjectProvider<LocalPayments> gateway;
	private final FeePayments payments;

	LocalGatewayApiController(ObjectProvider<LocalPayments> gateway, FeePayments payments) {
		this.gateway = gateway;
		this.payments = payments;
	}

	@PostMapping("/api/v1/fees/local-gateway/orders/{orderId}/confirm")
	@Operation(summary = "（开发环境）确认支付", description = "本地支付网关：付款人确认后订单即为已支付，并回调缴费记录。")
	FeePaymentResponse confirm(@PathVariable String orderId) {
		LocalPayments local = gateway.getIfAvailable();
		if (local == null) {
			throw DomainException.notFound("fee-payment-not-found", "problem.fee-payment-not-found.detail");
		}
		payments.forOrder(CurrentActor.require(), orderId);
		return FeePaymentResponse.of(payments.acceptNotice(local.confirm(orderId)));
	}
}
