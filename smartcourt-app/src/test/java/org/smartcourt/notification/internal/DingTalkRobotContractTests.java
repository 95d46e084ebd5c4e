package org.smartcourt.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.internal.ChannelSender.ChannelFailure;
import org.smartcourt.notification.internal.DingTalkRobotChannel.Robot;
import tools.jackson.databind.JsonNode;

/** {@link DingTalkRobotChannel} against a local fake webhook: signed URL, markdown body, errcode answers. */
class DingTalkRobotContractTests {

	private static final String SECRET = "SECtestsecret0123456789";
	private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

	private final FakeDingTalk dingtalk;
	private final DingTalkRobotChannel channel;

	DingTalkRobotContractTests() throws Exception {
		dingtalk = new FakeDingTalk();
		channel = new DingTalkRobotChannel(
				Map.of("civil-division", new Robot(dingtalk.url("/robot/send?access_token=tok123"), SECRET)),
				new DingTalkAnswers(Duration.ofSeconds(2), Duration.ofSeconds(2)), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		dingtalk.close();
	}

	private static Outgoing outgoing(String robot) {
		return new Outgoing(UUID.fromString("00000000-0000-0000-0000-0000000000aa"), Channel.DINGTALK_ROBOT,
				"cases.clock.overdue", null, null, robot, null, "已超审限：(2026)吉0104民初1号", null,
				"审限届满日2026年11月1日已过3日，请立即处理。", "https://court.example/cases/1");
	}

	@Test
	void postsSignedMarkdownToTheRobotsWebhook() {
		channel.send(outgoing("civil-division"));

		FakeDingTalk.Request r = dingtalk.requests.get(0);
		assertThat(r.method()).isEqualTo("POST");
		assertThat(r.contentType()).startsWith("application/json");
		assertThat(r.uri().getPath()).isEqualTo("/robot/send");
		String query = r.uri().getRawQuery();
		assertThat(query).startsWith("access_token=tok123&timestamp=" + NOW.toEpochMilli() + "&sign=");
		String sign = query.substring(query.indexOf("&sign=") + 6);
		assertThat(sign).isEqualTo(DingTalkSignature.of(SECRET, NOW.toEpochMilli()).sign());
		assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8)).endsWith("=");
		JsonNode body = DingTalkAnswers.JSON.readTree(r.body());
		assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(body.get("markdown").get("title").asString()).isEqualTo("已超审限：(2026)吉0104民初1号");
		assertThat(body.get("markdown").get("text").asString()).contains("请立即处理", "https://court.example/cases/1");
		assertThat(body.get("msgUuid").asString()).isEqualTo("00000000-0000-0000-0000-0000000000aa");
	}

	@Test
	void aNonZeroErrcodeIsAFailureWithTheReason() {
		dingtalk.answer = r -> "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
		assertThatThrownBy(() -> channel.send(outgoing("civil-division"))).isInstanceOf(ChannelFailure.class)
			.hasMessageContaining("310000")
			.hasMessageContaining("sign not match");
	}

	@Test
	void anHttpErrorOrAnUnknownRobotIsAFailure() {
		dingtalk.status = 502;
		assertThatThrownBy(() -> channel.send(outgoing("civil-division"))).isInstanceOf(ChannelFailure.class)
			.hasMessageContaining("502");
		assertThatThrownBy(() -> channel.send(outgoing("nobody"))).isInstanceOf(ChannelFailure.class)
			.hasMessageContaining("未配置");
	}
}
