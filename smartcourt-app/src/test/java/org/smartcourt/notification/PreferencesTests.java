package org.smartcourt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.UserId;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 通知设置 over the API: choosing channels per category, mandatory categories refused with a Problem, quiet hours and
 * contact validated, and the choice deciding the channels of the next message.
 */
@IntegrationTest
class PreferencesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate tx;

	@LocalServerPort
	int port;

	private TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private static JsonNode choice(JsonNode settings, String category) {
		for (JsonNode c : settings.get("choices")) {
			if (c.get("category").asString().equals(category)) {
				return c;
			}
		}
		throw new AssertionError("no " + category);
	}

	@Test
	void defaultsAreInAppAndMandatoryCategoriesAreMarked() {
		JsonNode settings = api.get("/api/v1/notices/preferences", api.token("appraisal")).json();
		assertThat(choice(settings, "CASE_PROGRESS").get("channels").findValuesAsString("")).isEmpty();
		assertThat(choice(settings, "CASE_PROGRESS").get("channels").toString()).isEqualTo("[\"IN_APP\"]");
		assertThat(choice(settings, "SERVICE").get("mandatory").asBoolean()).isTrue();
		assertThat(choice(settings, "CASE_PROGRESS").get("mandatory").asBoolean()).isFalse();
	}

	@Test
	void aChosenChannelSetDecidesWhereTheNextMessageGoes() {
		String token = api.token("mediator");
		assertThat(api.put("/api/v1/notices/preferences/contact", token,
				Map.of("mobile", "139 0000 0077", "email", "mediator@example.cn")).status()).isEqualTo(200);
		TestApi.Response chosen = api.put("/api/v1/notices/preferences/categories/CASE_PROGRESS", token,
				Map.of("channels", List.of("SMS", "EMAIL")));
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(choice(chosen.json(), "CASE_PROGRESS").get("channels").toString()).contains("SMS", "EMAIL")
			.doesNotContain("IN_APP");
		assertThat(chosen.json().get("mobile").asString()).isEqualTo("13900000077");

		UserId mediator = new UserId(jdbc.sql("select id from user_account where username = 'mediator'")
			.query(UUID.class).single());
		String key = "prefs:" + UUID.randomUUID();
		MessageId id = tx.execute(s -> notifications.send(new Message(key, Recipient.user(mediator),
				"filing.rejected", Map.of("reasons", "测试"), null, Set.of())));
		assertThat(jdbc.sql("select channel from notification_delivery where message_id = ?").param(id.value())
			.query(String.class).list()).containsExactlyInAnyOrder("SMS", "EMAIL");
	}

	@Test
	void theAccountsRegisteredMobileServesUntilThePersonEntersAnother() {
		jdbc.sql("update user_account set mobile = '13900000088', email = null where username = 'mediator-0104'").update();
		String token = api.token("mediator-0104");
		assertThat(api.get("/api/v1/notices/preferences", token).json().get("mobile").asString())
			.isEqualTo("13900000088");
		UserId appraiser = new UserId(jdbc.sql("select id from user_account where username = 'mediator-0104'")
			.query(UUID.class).single());
		MessageId first = tx.execute(s -> notifications.send(new Message("prefs:" + UUID.randomUUID(),
				Recipient.user(appraiser), "filing.rejected", Map.of("reasons", "测试"), null, Set.of(Channel.SMS))));
		assertThat(jdbc.sql("select mobile from notification_message where id = ?").param(first.value())
			.query(String.class).single()).isEqualTo("13900000088");

		assertThat(api.put("/api/v1/notices/preferences/contact", token, Map.of("mobile", "139 0000 0099")).status())
			.isEqualTo(200);
		MessageId second = tx.execute(s -> notifications.send(new Message("prefs:" + UUID.randomUUID(),
				Recipient.user(appraiser), "filing.rejected", Map.of("reasons", "测试"), null, Set.of(Channel.SMS))));
		assertThat(jdbc.sql("select mobile from notification_message where id = ?").param(second.value())
			.query(String.class).single()).isEqualTo("13900000099");
	}

	@Test
	void aMandatoryCategoryCannotBeChangedOrSwitchedOff() {
		String token = api.token("mediator-0104");
		TestApi.Response refused = api.put("/api/v1/notices/preferences/categories/SERVICE", token,
				Map.of("channels", List.of()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("type").asString()).endsWith("notification-category-mandatory");
		assertThat(refused.json().get("detail").asString()).contains("第三十二条");
		JsonNode settings = api.get("/api/v1/notices/preferences", token).json();
		assertThat(choice(settings, "SERVICE").get("channels").toString()).contains("IN_APP");
	}

	@Test
	void aChannelThatCannotBeChosenIsRefused() {
		TestApi.Response refused = api.put("/api/v1/notices/preferences/categories/SYSTEM", api.token("clerk-0104"),
				Map.of("channels", List.of("DINGTALK_ROBOT")));
		assertThat(refused.status()).isEqualTo(400);
	}

	@Test
	void quietHoursAndContactAreValidated() {
		String token = api.token("assistant-0104");
		assertThat(api.put("/api/v1/notices/preferences/quiet-hours", token, Map.of("start", "22:00", "end", "22:00"))
			.status()).isEqualTo(400);
		assertThat(api.put("/api/v1/notices/preferences/quiet-hours", token, Map.of("start", "22:00")).status())
			.isEqualTo(400);
		TestApi.Response ok = api.put("/api/v1/notices/preferences/quiet-hours", token,
				Map.of("start", "22:00", "end", "07:30"));
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().get("quietHours").get("start").asString()).startsWith("22:00");
		assertThat(api.put("/api/v1/notices/preferences/contact", token, Map.of("email", "not-an-address")).status())
			.isEqualTo(400);
		assertThat(api.put("/api/v1/notices/preferences/contact", token, Map.of("mobile", "12345")).status())
			.isEqualTo(400);
		TestApi.Response staff = api.put("/api/v1/notices/preferences/contact", token,
				Map.of("dingtalkUserId", "manager4711"));
		assertThat(staff.json().get("dingtalkUserId").asString()).isEqualTo("manager4711");
	}

	@Test
	void aLitigantCannotSetADingTalkId() {
		TestApi.Response answer = api.put("/api/v1/notices/preferences/contact", api.token("litigant"),
				Map.of("dingtalkUserId", "someone"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("dingtalkUserId").isNull()).isTrue();
	}
}
