package org.smartcourt.fees.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.smartcourt.fees.FeePaymentId;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.PaymentGateway;
import org.smartcourt.shared.DomainException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development {@link PaymentGateway}: orders live in {@code fee_local_order} and are paid when the payer confirms
 * through {@code POST /api/v1/fees/local-gateway/orders/{orderId}/confirm}. Its notices are signed with HMAC-SHA256
 * like a real gateway's, so the acceptance path is the same. No network is involved. Active unless
 * {@code smartcourt.fees.gateway} names another gateway.
 *
 * <p>The signing key is drawn at start-up: a notice verifies only on the node that signed it, which holds here
 * because confirming and accepting happen in one request. A real gateway's key is configuration.
 */
@Component
@ConditionalOnProperty(name = "smartcourt.fees.gateway", havingValue = "local", matchIfMissing = true)
class LocalPaymentGateway implements PaymentGateway, LocalPayments {

	static final String CONFIRM_PATH = "/api/v1/fees/local-gateway/orders/";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final byte[] key;

	LocalPaymentGateway(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.key = new byte[32];
		new SecureRandom().nextBytes(key);
	}

	@Override
	public PaymentOrder createOrder(FeePaymentId payment, Money amount, String description) {
		String orderId = "LOCAL-" + UUID.randomUUID();
		jdbc.sql("insert into fee_local_order (order_id, payment_id, amount_fen, status, created_at) "
				+ "values (?, ?, ?, 'OPEN', ?)")
			.params(orderId, payment.value(), amount.fen(), Timestamp.from(clock.instant()))
			.update();
		return new PaymentOrder(orderId, amount, CONFIRM_PATH + orderId + "/confirm");
	}

	@Override
	public OrderStatus queryStatus(String orderId) {
		return jdbc.sql("select status from fee_local_order where order_id = ?")
			.param(orderId)
			.query(String.class)
			.optional()
			.map(OrderStatus::valueOf)
			.orElse(OrderStatus.UNKNOWN);
	}

	/**
	 * The payer pays: the order turns paid and the gateway's signed notice comes back, to hand to
	 * {@link org.smartcourt.fees.FeePayments#acceptNotice}.
	 *
	 * @throws DomainException (rule violation) when the order does not exist or was already paid.
	 */
	@Override
	@Transactional
	public Map<String, String> confirm(String orderId) {
		Instant now = clock.instant();
		int rows = jdbc.sql("update fee_local_order set status = 'PAID', paid_at = ? where order_id = ? "
				+ "and status = 'OPEN'")
			.params(Timestamp.from(now), orderId)
			.update();
		if (rows != 1) {
			throw DomainException.ruleViolation("fee-payment-order-invalid",
					"problem.fee-payment-order-invalid.detail");
		}
		long fen = jdbc.sql("select amount_fen from fee_local_order where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single();
		Map<String, String> notice = new LinkedHashMap<>();
		notice.put("orderId", orderId);
		notice.put("amountFen", Long.toString(fen));
		notice.put("paidAt", now.toString());
		notice.put("signature", sign(notice));
		return notice;
	}

	@Override
	public Optional<PaymentNotice> verifyCallback(Map<String, String> parameters) {
		String signature = parameters.get("signature");
		String orderId = parameters.get("orderId");
		String fen = parameters.get("amountFen");
		String paidAt = parameters.get("paidAt");
		if (signature == null || orderId == null || fen == null || paidAt == null) {
			return Optional.empty();
		}
		Map<String, String> signed = new LinkedHashMap<>();
		signed.put("orderId", orderId);
		signed.put("amountFen", fen);
		signed.put("paidAt", paidAt);
		if (!MessageDigest.isEqual(sign(signed).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		try {
			return Optional.of(new PaymentNotice(orderId, Money.ofFen(Long.parseLong(fen)), Instant.parse(paidAt)));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private String sign(Map<String, String> fields) {
		String text = "orderId=" + fields.get("orderId") + "&amountFen=" + fields.get("amountFen") + "&paidAt="
				+ fields.get("paidAt");
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}
}
