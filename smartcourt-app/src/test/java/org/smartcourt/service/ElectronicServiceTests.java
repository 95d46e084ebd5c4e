package org.smartcourt.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.MessageFailed;
import org.smartcourt.notification.MessageId;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * 电子送达 on PostgreSQL through the notification service: a confirmed address is served at the 发送成功 record, an
 * unconfirmed one only on 收悉 or 已阅知, the earliest effective channel counts, and without consent nothing is sent.
 */
@IntegrationTest
class ElectronicServiceTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private ServiceTestCase newCase(Procedure procedure) {
		return ServiceTestCase.create(api, registry, staffing, jdbc, procedure);
	}

	@Test
	void aConfirmedAddressIsServedWhenThePlatformAndTheSmsGatewayReportSentSuccessfully() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		Response confirmed = c.confirmAddress("litigant", 1,
				Map.of("mobile", "13912345678", "email", "zhangsan@example.cn", "consent", true));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
		assertThat(confirmed.json().get("basis").asString()).isEqualTo("EXPRESS");

		Response served = c.serve("clerk-0104", summons, List.of(1), List.of("IN_APP", "SMS"));
		assertThat(served.status()).as(served.body()).isEqualTo(201);
		String id = served.json().get(0).get("id").asString();
		JsonNode attempts = served.json().get(0).get("attempts");
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(0).get("addressConfirmed").asBoolean()).isTrue();
		assertThat(attempts.get(1).get("addressConfirmed").asBoolean()).isTrue();

		Response effective = c.awaitStatus(id, "EFFECTIVE");
		assertThat(effective.json().get("effectiveOn").asString()).isEqualTo(ServiceTestCase.today().toString());
		assertThat(effective.json().get("effectiveRule").asString()).isEqualTo("CONFIRMED_ADDRESS_REACHED");
		assertThat(effective.json().get("effectiveCitation").asString()).contains("第一百三十五条");
		List<String> steps = new ArrayList<>();
		effective.json().get("trail").forEach(t -> steps.add(t.get("step").asString()));
		assertThat(steps).contains("QUEUED", "SENT", "DELIVERED", "EFFECTIVE");
		assertThat(c.count("select count(*) from document_service where case_id = ?::uuid and document_id = ?::uuid "
				+ "and party_seq = 1 and method = 'ELECTRONIC'", c.caseId(), summons))
			.as("recorded on the case once, though two channels reported").isEqualTo(1);
		assertThat(c.count("select count(*) from docket_entry where case_id = ?::uuid and type = 'SERVICE'",
				c.caseId())).isEqualTo(1);
		assertThat(c.count("select count(*) from notice n join service_attempt a on n.link = '/s/' || a.token "
				+ "where a.serving_id = ?::uuid", id)).as("the platform inbox got the notice with its link").isEqualTo(1);
		assertThat(c.count("select count(*) from audit_record where action = 'service.serve' and target_id = ?",
				c.caseId())).isEqualTo(1);
	}

	@Test
	void anUnconfirmedAddressIsServedOnlyWhenTheRecipientAcknowledgesOrOpensTheLink() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String notice = c.document("NOTICE", "举证通知书");
		// 张三 consented by filing online (the platform account in the 起诉状), but gave no mobile: SMS goes to the
		// account's own number, shown to be theirs but not confirmed (在线诉讼规则 art. 31(2))
		Response served = c.serve("assistant-0104", notice, List.of(1), List.of("SMS"));
		assertThat(served.status()).as(served.body()).isEqualTo(201);
		String id = served.json().get(0).get("id").asString();
		assertThat(served.json().get(0).get("attempts").get(0).get("addressConfirmed").asBoolean()).isFalse();
		Response sent = c.awaitSent(id);
		Thread.sleep(300);
		assertThat(c.serving("clerk-0104", id).json().get("status").asString())
			.as("sent successfully is not enough for an unconfirmed address").isEqualTo("IN_PROGRESS");
		assertThat(sent.json().get("effectiveOn").isNull()).isTrue();
		assertThat(c.count("select count(*) from service_address where case_id = ?::uuid and party_seq = 1 "
				+ "and basis = 'ADDRESS_IN_PLEADING'", c.caseId())).as("the implied consent is on record").isEqualTo(1);

		Response acknowledged = api.post("/api/v1/service/servings/" + id + "/acknowledgement", api.token("litigant"),
				Map.of());
		assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
		assertThat(acknowledged.json().get("status").asString()).isEqualTo("EFFECTIVE");
		assertThat(acknowledged.json().get("effectiveRule").asString()).isEqualTo("ACKNOWLEDGED");

		// the e-mail on 张三's platform account is shown to be theirs, but they never confirmed it for service
		jdbc.sql("update user_account set email = coalesce(email, 'litigant@example.cn') where username = 'litigant'")
			.update();
		String other = c.document("NOTICE", "开庭通知书");
		String second = c.serve("clerk-0104", other, List.of(1), List.of("EMAIL")).json().get(0).get("id").asString();
		c.awaitSent(second);
		String token = jdbc.sql("select token from service_attempt where serving_id = ?::uuid").param(second)
			.query(String.class).single();
		assertThat(api.post("/api/v1/service/links/" + token + "/open", api.token("lawyer"), Map.of()).status())
			.as("someone not acting for 张三 learns nothing").isEqualTo(404);
		Response opened = api.post("/api/v1/service/links/" + token + "/open", api.token("litigant"), Map.of());
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(opened.json().get("status").asString()).isEqualTo("EFFECTIVE");
		assertThat(opened.json().get("effectiveRule").asString()).isEqualTo("READ");
	}

	@Test
	void theEarliestEffectiveChannelCountsAndALaterAcknowledgementDoesNotMoveIt() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		String id = c.serve("judge-0104", summons, List.of(1), List.of("SMS", "IN_APP")).json().get(0).get("id").asString();
		Response effective = c.awaitStatus(id, "EFFECTIVE");
		assertThat(effective.json().get("effectiveRule").asString())
			.as("the platform account given in the 起诉状 is confirmed; the SMS to the account's number is not")
			.isEqualTo("CONFIRMED_ADDRESS_REACHED");
		jdbc.sql("update serving set effective_on = effective_on - 1 where id = ?::uuid").param(id).update();
		String earlier = ServiceTestCase.today().minusDays(1).toString();
		// the effective date is the earliest: acknowledging afterwards adds to the trail but changes nothing
		jdbc.sql("update service_attempt set sent_at = sent_at - interval '1 day' where serving_id = ?::uuid "
				+ "and channel = 'IN_APP'").param(id).update();
		Response acknowledged = api.post("/api/v1/service/servings/" + id + "/acknowledgement", api.token("litigant"),
				Map.of());
		assertThat(acknowledged.json().get("effectiveOn").asString()).isEqualTo(earlier);
		assertThat(c.count("select count(*) from document_service where document_id = ?::uuid", summons)).isEqualTo(1);
	}

	@Test
	void withoutConsentElectronicServiceIsRefusedAndNothingChanges() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		long notices = c.count("select count(*) from notice");
		Response refused = c.serve("clerk-0104", summons, List.of(1, 3), List.of("IN_APP", "SMS"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).contains("application/problem+json");
		assertThat(refused.json().get("title").asString()).isEqualTo("受送达人未同意电子送达");
		assertThat(refused.json().get("detail").asString()).contains("李四").contains("第九十条").contains("第二十九条");
		assertThat(c.count("select count(*) from serving where case_id = ?::uuid", c.caseId()))
			.as("张三 could have been served, but the request is refused as a whole").isZero();
		assertThat(c.count("select count(*) from notice")).isEqualTo(notices);

		String judgment = c.document("JUDGMENT", "民事判决书");
		Response scope = c.serve("clerk-0104", judgment, List.of(1), List.of("IN_APP"));
		assertThat(scope.status()).isEqualTo(422);
		assertThat(scope.json().get("title").asString()).isEqualTo("同意范围不含裁判文书");
	}

	@Test
	void aJudgmentServedWithConsentStartsTheAppealPeriodAndTheRecipientMayAskForPaper() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String judgment = c.document("JUDGMENT", "民事判决书");
		c.confirmAddress("litigant", 1, Map.of("consent", true, "coversDecisions", true));
		String id = c.serve("clerk-0104", judgment, List.of(1), List.of("IN_APP")).json().get(0).get("id").asString();
		Response effective = c.awaitStatus(id, "EFFECTIVE");
		JsonNode period = effective.json().get("periods").get(0);
		assertThat(period.get("name").asString()).contains("上诉期");
		assertThat(period.get("citation").asString()).contains("第一百七十一条");
		assertThat(period.get("due").asString()).isGreaterThanOrEqualTo(ServiceTestCase.today().plusDays(15).toString());

		Response paper = api.post("/api/v1/service/servings/" + id + "/paper-request", api.token("litigant"), Map.of());
		assertThat(paper.status()).as(paper.body()).isEqualTo(200);
		assertThat(paper.json().get("paperRequestedAt").isNull()).isFalse();
		Response desk = api.get("/api/v1/service/desk", api.token("clerk-0104"));
		List<String> requested = new ArrayList<>();
		desk.json().get("paperRequests").forEach(s -> requested.add(s.get("id").asString()));
		assertThat(requested).as("the clerk's queue shows the paper request").contains(id);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyServesOnce() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("documentId", summons, "recipients", List.of(1), "channels", List.of("IN_APP"));
		Response first = api.postWithHeader("/api/v1/service/cases/" + c.caseId() + "/servings", api.token("clerk-0104"),
				body, "Idempotency-Key", key);
		Response again = api.postWithHeader("/api/v1/service/cases/" + c.caseId() + "/servings", api.token("clerk-0104"),
				body, "Idempotency-Key", key);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get(0).get("id").asString()).isEqualTo(first.json().get(0).get("id").asString());
		assertThat(c.count("select count(*) from service_attempt a join serving s on s.id = a.serving_id "
				+ "where s.case_id = ?::uuid", c.caseId())).isEqualTo(1);
	}

	@Test
	void onlyTheCaseTeamAndTheCourtsDeskServeAndPartiesSeeOnlyTheirOwn() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		assertThat(c.serve("litigant", summons, List.of(1), List.of("IN_APP")).status()).isEqualTo(404);
		Response outsider = c.serve("judge-b-0104", summons, List.of(1), List.of("IN_APP"));
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(outsider.json().get("title").asString()).isEqualTo("无权办理送达");
		assertThat(c.serve("judge", summons, List.of(1), List.of("IN_APP")).status())
			.as("a judge of the court above reads the case but does not serve").isEqualTo(403);
		Response desk = c.serve("filing-clerk-0104", summons, List.of(1), List.of("IN_APP"));
		assertThat(desk.status()).as(desk.body()).isEqualTo(201);
		String id = desk.json().get(0).get("id").asString();
		assertThat(c.serving("litigant", id).status()).isEqualTo(200);
		assertThat(c.serving("lawyer", id).status()).as("not acting for 张三 in this case").isEqualTo(404);
		assertThat(c.serving("litigant", UUID.randomUUID().toString()).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/service/servings/" + id + "/acknowledgement", api.token("clerk-0104"), Map.of())
			.status()).as("only the recipient acknowledges").isEqualTo(404);
	}

	@Test
	void aServiceWhoseEveryChannelFailedIsMarkedFailedAndNeedsAnotherMethod() throws Exception {
		ServiceTestCase c = newCase(Procedure.ORDINARY);
		String notice = c.document("NOTICE", "举证通知书");
		String id = c.serve("clerk-0104", notice, List.of(1), List.of("SMS")).json().get(0).get("id").asString();
		c.awaitSent(id);
		// as if the gateway had never accepted it: the interim sender reports every channel delivered at once
		jdbc.sql("update service_attempt set sent_at = null where serving_id = ?::uuid").param(id).update();
		var attempt = jdbc.sql("select id, message_id from service_attempt where serving_id = ?::uuid").param(id)
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).single();
		transactions.executeWithoutResult(tx -> events.publishEvent(new MessageFailed(new MessageId((UUID) attempt[1]),
				"service:" + attempt[0], Channel.SMS, Instant.now(), "号码已停机", true)));
		Response failed = c.awaitStatus(id, "FAILED");
		assertThat(failed.json().get("attempts").get(0).get("failureReason").asString()).isEqualTo("号码已停机");
		Response desk = api.get("/api/v1/service/desk", api.token("clerk-0104"));
		List<String> fallback = new ArrayList<>();
		desk.json().get("fallbackServings").forEach(s -> fallback.add(s.get("id").asString()));
		assertThat(fallback).contains(id);
	}
}
