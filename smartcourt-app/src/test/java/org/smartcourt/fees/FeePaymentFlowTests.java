package org.smartcourt.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** A fee from 待缴 to 已缴 through the local gateway, and the staff decisions, each audited. */
@IntegrationTest
class FeePaymentFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeePayments payments;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private String open(String clerk, String payer, String amount) {
		TestApi.Response opened = api.post("/api/v1/fees/payments", clerk, Map.of("reference",
				"（2026）吉0104民初" + UUID.randomUUID().toString().substring(0, 6) + "号", "payer", payer, "quote",
				Map.of("kind", "property", "amount", amount)));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private long audits(String action, String id) {
		return jdbc.sql("select count(*) from audit_record where action = ? and target_id = ? and outcome = 'SUCCESS'")
			.params(action, id)
			.query(Long.class)
			.single();
	}

	@Test
	void orderConfirmPaidAudited() {
		String clerk = api.token("filing-clerk");
		String litigant = api.token("litigant");
		String id = open(clerk, "litigant", "100000");
		assertThat(api.get("/api/v1/fees/payments/" + id, litigant).json().get("status").asString()).isEqualTo("DUE");

		TestApi.Response order = api.post("/api/v1/fees/payments/" + id + "/order", litigant, Map.of());
		assertThat(order.status()).as(order.body()).isEqualTo(200);
		assertThat(order.json().get("amount").asString()).isEqualTo("2300.00");
		String payUrl = order.json().get("payUrl").asString();
		assertThat(payUrl).startsWith("/api/v1/fees/local-gateway/orders/LOCAL-");

		TestApi.Response stranger = api.post(payUrl, api.token("lawyer"), Map.of());
		assertThat(stranger.status()).isEqualTo(404);

		TestApi.Response paid = api.post(payUrl, litigant, Map.of());
		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		JsonNode json = paid.json();
		assertThat(json.get("status").asString()).isEqualTo("PAID");
		assertThat(json.get("paidAt").isNull()).isFalse();
		assertThat(api.get("/api/v1/fees/payments/" + id, clerk).json().get("status").asString()).isEqualTo("PAID");

		assertThat(api.post(payUrl, litigant, Map.of()).status()).as("paying twice").isEqualTo(422);
		assertThat(audits("fees.payment.open", id)).isEqualTo(1);
		assertThat(audits("fees.payment.order", id)).isEqualTo(1);
		assertThat(audits("fees.payment.paid", id)).isEqualTo(1);
	}

	@Test
	void forgedNoticeIsRefused() {
		String clerk = api.token("filing-clerk");
		String id = open(clerk, "litigant", "5000");
		String orderId = api.post("/api/v1/fees/payments/" + id + "/order", clerk, Map.of())
			.json()
			.get("orderId")
			.asString();
		Map<String, String> forged = Map.of("orderId", orderId, "amountFen", "1", "paidAt", "2026-11-29T00:00:00Z",
				"signature", "00".repeat(32));
		assertThatThrownBy(() -> payments.acceptNotice(forged)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("fee-payment-order-invalid"));
		assertThat(jdbc.sql("select status from fee_payment where id = ?::uuid").param(id).query(String.class).single())
			.isEqualTo("DUE");
	}

	@Test
	void staffDecideWaiverReductionDeferralAndRefundWithReasons() {
		String clerk = api.token("filing-clerk");
		String id = open(clerk, "litigant", "100000");
		TestApi.Response tooSmall = api.post("/api/v1/fees/payments/" + id + "/decision", clerk,
				Map.of("decision", "reduce", "reducedAmount", "1700", "reason", "正在接受社会救济"));
		assertThat(tooSmall.status()).isEqualTo(400);
		assertThat(tooSmall.body()).contains("减交比例不得低于30%");

		TestApi.Response noReason = api.post("/api/v1/fees/payments/" + id + "/decision", clerk,
				Map.of("decision", "defer"));
		assertThat(noReason.status()).isEqualTo(400);

		TestApi.Response byLitigant = api.post("/api/v1/fees/payments/" + id + "/decision", api.token("litigant"),
				Map.of("decision", "waive", "reason", "我不想交"));
		assertThat(byLitigant.status()).isEqualTo(403);

		TestApi.Response otherCourt = api.post("/api/v1/fees/payments/" + id + "/decision",
				api.token("filing-clerk-0104"), Map.of("decision", "waive", "reason", "x"));
		assertThat(otherCourt.status()).isEqualTo(404);

		TestApi.Response reduced = api.post("/api/v1/fees/payments/" + id + "/decision", clerk,
				Map.of("decision", "reduce", "reducedAmount", "1610", "reason", "属于国家规定的优抚对象（第四十六条第（二）项）"));
		assertThat(reduced.status()).as(reduced.body()).isEqualTo(200);
		assertThat(reduced.json().get("status").asString()).isEqualTo("REDUCED");
		assertThat(reduced.json().get("due").asString()).isEqualTo("1610.00");
		assertThat(reduced.json().get("decidedBy").asString()).isEqualTo("filing-clerk");

		String deferred = open(clerk, "litigant", "100000");
		TestApi.Response defer = api.post("/api/v1/fees/payments/" + deferred + "/decision", clerk,
				Map.of("decision", "defer", "reason", "追索社会保险金（第四十七条第（一）项）"));
		assertThat(defer.json().get("status").asString()).isEqualTo("DEFERRED");
		TestApi.Response waived = api.post("/api/v1/fees/payments/" + deferred + "/decision", clerk,
				Map.of("decision", "waive", "reason", "残疾人无固定生活来源（第四十五条第（一）项）"));
		assertThat(waived.json().get("status").asString()).isEqualTo("WAIVED");
		assertThat(waived.json().get("due").asString()).isEqualTo("0.00");
		assertThat(api.post("/api/v1/fees/payments/" + deferred + "/order", clerk, Map.of()).status())
			.isEqualTo(409);
		assertThat(api.post("/api/v1/fees/payments/" + deferred + "/decision", clerk,
				Map.of("decision", "refund", "reason", "x")).status()).isEqualTo(409);
		assertThat(audits("fees.payment.reduce", id)).isEqualTo(1);
		assertThat(audits("fees.payment.defer", deferred)).isEqualTo(1);
		assertThat(audits("fees.payment.waive", deferred)).isEqualTo(1);
	}

	@Test
	void onlyStaffOpenPayments() {
		TestApi.Response response = api.post("/api/v1/fees/payments", api.token("litigant"),
				Map.of("reference", "x", "quote", Map.of("kind", "labour")));
		assertThat(response.status()).isEqualTo(403);
	}
}
