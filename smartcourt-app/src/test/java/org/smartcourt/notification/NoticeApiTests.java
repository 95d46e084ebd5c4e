package org.smartcourt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.notification.internal.Inbox;
import org.smartcourt.shared.UserId;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Delivery into the inbox, reading it over the API, marking read, and that nobody reads another person's notices. */
@IntegrationTest
class NoticeApiTests {

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private TestApi api;
	private Recipients recipients;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		recipients = new Recipients(jdbc);
	}

	private static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aDeliveredNoticeIsListedNewestFirstAndUnread() {
		UserId lawyer = recipients.of("lawyer");
		String token = api.token("lawyer");
		long unreadBefore = api.get("/api/v1/notices", token).json().get("unread").asLong();
		String older = unique("立案材料已收到");
		String newer = unique("立案审查通过");
		inbox.deliver(lawyer, older, "您提交的起诉材料已收到，正在审查。", "/filings/1");
		inbox.deliver(lawyer, newer, "您提交的网上立案申请已通过审查。", null);

		TestApi.Response list = api.get("/api/v1/notices?limit=2", token);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("unread").asLong()).isEqualTo(unreadBefore + 2);
		assertThat(list.json().get("notices").findValuesAsString("title")).containsExactly(newer, older);
		assertThat(list.json().get("notices").get(0).get("unread").asBoolean()).isTrue();
		assertThat(list.json().get("notices").get(1).get("link").asString()).isEqualTo("/filings/1");
	}

	@Test
	void theRecipientMarksANoticeReadOnce() {
		UserId clerk = recipients.of("clerk");
		String token = api.token("clerk");
		String title = unique("开庭排期变更");
		inbox.deliver(clerk, title, "（2026）吉01民初1号案件开庭时间变更。", null);
		UUID id = recipients.notice(title);
		long unreadBefore = api.get("/api/v1/notices", token).json().get("unread").asLong();

		TestApi.Response marked = api.post("/api/v1/notices/" + id + "/read", token, "");
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().get("unread").asBoolean()).isFalse();
		String readAt = marked.json().get("readAt").asString();
		assertThat(readAt).isNotBlank();
		assertThat(api.get("/api/v1/notices", token).json().get("unread").asLong()).isEqualTo(unreadBefore - 1);

		TestApi.Response again = api.post("/api/v1/notices/" + id + "/read", token, "");
		assertThat(again.json().get("readAt").asString()).as("the first reading time stays").isEqualTo(readAt);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'notification.notice.mark-read' "
				+ "and target_id = ? and outcome = 'SUCCESS'").param(id.toString()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void nobodyElseCanReadOrMarkTheNotice() {
		UserId judge = recipients.of("judge");
		String title = unique("审限即将届满");
		inbox.deliver(judge, title, "案件审限将于三日后届满。", "/cases/1");
		UUID id = recipients.notice(title);

		for (String other : new String[] { "judge-0104", "litigant", "it-admin" }) {
			String token = api.token(other);
			TestApi.Response read = api.get("/api/v1/notices/" + id, token);
			assertThat(read.status()).as(other).isEqualTo(404);
			assertThat(read.json().get("type").asString()).isEqualTo("/problems/notice-not-found");
			assertThat(api.post("/api/v1/notices/" + id + "/read", token, "").status()).as(other).isEqualTo(404);
			assertThat(api.get("/api/v1/notices", token).json().get("notices").findValuesAsString("title"))
				.doesNotContain(title);
		}
		assertThat(api.get("/api/v1/notices/" + id, api.token("judge")).json().get("unread").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_record where target_id = ? and outcome = 'DENIED'")
			.param(id.toString()).query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void anUnknownNoticeIsNotFound() {
		assertThat(api.post("/api/v1/notices/" + UUID.randomUUID() + "/read", api.token("judge"), "").status())
			.isEqualTo(404);
	}

	@Test
	void markingAllReadLeavesNothingUnread() {
		UserId mediator = recipients.of("mediator");
		String token = api.token("mediator");
		inbox.deliver(mediator, unique("调解邀请"), "请于本周内联系双方当事人。", null);
		inbox.deliver(mediator, unique("调解期限提醒"), "调解期限将于五日后届满。", null);

		TestApi.Response marked = api.post("/api/v1/notices/read", token, "");
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().get("marked").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(api.get("/api/v1/notices", token).json().get("unread").asLong()).isZero();
	}

	@Test
	void deliveryRefusesLinksThatLeaveTheApplication() {
		UserId judge = recipients.of("judge");
		for (String link : new String[] { "javascript:alert(1)", "//evil.example/x", "https://evil.example/",
				"/\\evil.example", "/ok path" }) {
			assertThatThrownBy(() -> inbox.deliver(judge, "标题", "正文", link)).as(link)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> inbox.deliver(judge, "题".repeat(101), "正文", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> inbox.deliver(judge, "标题", " ", null)).isInstanceOf(IllegalArgumentException.class);
	}
}
