package org.smartcourt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.notification.internal.Inbox;
import org.smartcourt.shared.UserId;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 消息通知 page: one's own messages, newest first, unread ones marked, and the buttons that mark them read. */
@IntegrationTest
class NoticePagesTests {

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void showsTheMessagesAndMarksThemRead() {
		Recipients recipients = new Recipients(jdbc);
		UserId litigant = recipients.of("litigant");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		inbox.deliver(litigant, "缴费通知 " + suffix, "请在七日内预交案件受理费。", "/payments/" + suffix);
		inbox.deliver(litigant, "送达通知 " + suffix, "您有一份电子送达文书待签收。", null);
		UUID payment = recipients.notice("缴费通知 " + suffix);

		WebSession session = WebSession.signIn(port, "litigant");
		HttpResponse<String> page = session.get("/notices");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("<h1>消息通知</h1>", "全部标为已读", "标为已读", "未读", "请在七日内预交案件受理费。",
				"href=\"/payments/" + suffix + "\"", "aria-current=\"page\"");
		assertThat(body.indexOf("送达通知 " + suffix)).as("newest first").isLessThan(body.indexOf("缴费通知 " + suffix));

		HttpResponse<String> marked = session.post("/notices/" + payment + "/read", Map.of());
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(marked.headers().firstValue("Location").orElseThrow()).endsWith("/notices");
		assertThat(session.get("/notices").body()).contains("已标为已读。");
		assertThat(jdbc.sql("select read_at is not null from notice where id = ?").param(payment)
			.query(Boolean.class).single()).isTrue();

		assertThat(session.post("/notices/read", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> after = session.get("/notices");
		assertThat(after.body()).contains("已将全部消息标为已读。", "未读 0 条").doesNotContain(">标为已读<");
	}

	@Test
	void anotherPersonsNoticeCannotBeMarkedFromThePage() {
		Recipients recipients = new Recipients(jdbc);
		String title = "执行款到账 " + UUID.randomUUID().toString().substring(0, 8);
		inbox.deliver(recipients.of("lawyer"), title, "执行款已到账。", null);
		UUID id = recipients.notice(title);

		WebSession other = WebSession.signIn(port, "litigant");
		assertThat(other.get("/notices").body()).doesNotContain(title);
		HttpResponse<String> refused = other.post("/notices/" + id + "/read", Map.of());
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("该消息不存在，或不是发给您的。");
	}

	@Test
	void everyRoleFindsTheNoticesInTheNavigation() {
		for (String username : new String[] { "litigant", "judge", "it-admin" }) {
			assertThat(WebSession.signIn(port, username).get("/").body()).as(username)
				.contains("href=\"/notices\"", "消息通知");
		}
	}
}
