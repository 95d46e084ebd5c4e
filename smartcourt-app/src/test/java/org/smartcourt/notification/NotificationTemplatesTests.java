package org.smartcourt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Templates seeded from the files, edited by the IT admin as new versions (messages keep what they were rendered
 * with), and edits refused with a Chinese field error when malformed or using an unknown placeholder.
 */
@IntegrationTest
class NotificationTemplatesTests {

	private static final String LIST = "/api/v1/admin/notification-templates";
	private static final String PATH = LIST + "/";

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

	@Test
	void everySeedFileIsATemplate() {
		TestApi.Response all = api.get(LIST, api.token("it-admin"));
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().findValuesAsString("code")).contains("filing.registered", "hearings.scheduled",
				"cases.clock.warning", "cases.clock.overdue", "filing.correction-requested");
		TestApi.Response one = api.get(PATH + "hearings.scheduled", api.token("it-admin"));
		assertThat(one.json().get("category").asString()).isEqualTo("HEARING");
		assertThat(one.json().get("text").asString()).startsWith("category: HEARING\ntitle: 开庭通知：{caseNumber}");
	}

	@Test
	void anEditIsANewVersionAndLaterMessagesUseIt() {
		String token = api.token("it-admin");
		String key1 = "tpl:" + UUID.randomUUID();
		MessageId before = send(key1);
		int version = api.get(PATH + "test.ping", token).json().get("version").asInt();

		TestApi.Response saved = api.put(PATH + "test.ping", token,
				Map.of("text", "category: SYSTEM\ntitle: 改过的测试消息 {n}\n---\n新正文 {n}，详见 {link}\n"));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("version").asInt()).isEqualTo(version + 1);
		assertThat(saved.json().get("edited").asBoolean()).isTrue();

		MessageId after = send("tpl:" + UUID.randomUUID());
		assertThat(title(before)).startsWith("测试消息 ");
		assertThat(title(after)).startsWith("改过的测试消息 ");
		assertThat(jdbc.sql("select count(*) from notification_template_version where code = 'test.ping'")
			.query(Long.class).single()).isEqualTo(version + 1L);
		// restore the seed's wording for other tests
		api.put(PATH + "test.ping", token,
				Map.of("text", "category: SYSTEM\ntitle: 测试消息 {n}\nsms: 【吉林法院】测试短信 {n}\n---\n测试正文 {n}\n"));
	}

	@Test
	void anUnknownPlaceholderIsAFieldErrorAndNothingIsSaved() {
		String token = api.token("it-admin");
		int version = api.get(PATH + "filing.rejected", token).json().get("version").asInt();
		TestApi.Response refused = api.put(PATH + "filing.rejected", token,
				Map.of("text", "category: CASE_PROGRESS\ntitle: 不予立案\n---\n理由：{reasons}，承办人 {judgeName}"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("未知的占位符 {judgeName}");
		assertThat(api.get(PATH + "filing.rejected", token).json().get("version").asInt()).isEqualTo(version);
	}

	@Test
	void aMalformedHeaderOrAChangedCategoryIsAFieldError() {
		String token = api.token("it-admin");
		TestApi.Response header = api.put(PATH + "filing.rejected", token,
				Map.of("text", "category: CASE_PROGRESS\n标题: 不予立案\n---\n理由：{reasons}"));
		assertThat(header.status()).isEqualTo(400);
		assertThat(header.body()).contains("无法识别的开头行");
		TestApi.Response category = api.put(PATH + "filing.rejected", token,
				Map.of("text", "category: SYSTEM\ntitle: 不予立案\n---\n理由：{reasons}"));
		assertThat(category.status()).isEqualTo(400);
		assertThat(category.body()).contains("模板类别不能更改");
	}

	@Test
	void onlyTheItAdminEditsTemplates() {
		assertThat(api.get(LIST, api.token("judge")).status()).isEqualTo(403);
		assertThat(api.put(PATH + "filing.rejected", api.token("filing-clerk"),
				Map.of("text", "category: CASE_PROGRESS\ntitle: x\n---\n{reasons}")).status()).isEqualTo(403);
	}

	private MessageId send(String key) {
		return tx.execute(s -> notifications.send(new Message(key, Recipient.addresses(null, "13912345678", null),
				"test.ping", Map.of("n", key), null, Set.of(Channel.SMS))));
	}

	private String title(MessageId id) {
		return jdbc.sql("select title from notification_message where id = ?").param(id.value())
			.query(String.class).single();
	}
}
