package org.smartcourt.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.internal.ChannelSender.ChannelFailure;
import tools.jackson.databind.JsonNode;

/**
 * {@link DingTalkWorkChannel} against a local fake DingTalk: gettoken once while the token is valid, asyncsend_v2
 * with agent id, user id list and markdown, a fresh token after an expired-token answer, errors as failures.
 */
class DingTalkWorkContractTests {

	private final FakeDingTalk dingtalk;
	private final AtomicInteger tokens = new AtomicInteger();
	private Instant now = Instant.parse("2026-11-29T02:00:00Z");
	private final DingTalkWorkChannel channel;

	DingTalkWorkContractTests() throws Exception {
		dingtalk = new FakeDingTalk();
		dingtalk.answer = r -> r.uri().getPath().equals("/gettoken")
				? "{\"errcode\":0,\"access_token\":\"token-" + tokens.incrementAndGet() + "\",\"expires_in\":7200}"
				: "{\"errcode\":0,\"task_id\":4711,\"request_id\":\"r1\"}";
		Clock clock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now;
			}
		};
		channel = new DingTalkWorkChannel(
				new DingTalkWorkChannel.Settings(dingtalk.url(""), "app-key", "app-secret", 123456789L),
				new DingTalkAnswers(Duration.ofSeconds(2), Duration.ofSeconds(2)), clock);
	}

	@AfterEach
	void stop() {
		dingtalk.close();
	}

	private static Outgoing outgoing() {
		return new Outgoing(UUID.randomUUID(), Channel.DINGTALK_WORK, "cases.clock.warning", null, null, null,
				"manager4711", "审限即将届满：(2026)吉0104民初1号", null, "审限届满日2026年12月1日，剩余5日。", null);
	}

	@Test
	void getsATokenThenSendsTheWorkNotification() {
		String receipt = channel.send(outgoing());

		assertThat(receipt).isEqualTo("4711");
		FakeDingTalk.Request token = dingtalk.requests.get(0);
		assertThat(token.method()).isEqualTo("GET");
		assertThat(token.uri().getPath()).isEqualTo("/gettoken");
		assertThat(token.uri().getQuery()).isEqualTo("appkey=app-key&appsecret=app-secret");
		FakeDingTalk.Request send = dingtalk.requests.get(1);
		assertThat(send.method()).isEqualTo("POST");
		assertThat(send.uri().getPath()).isEqualTo("/topapi/message/corpconversation/asyncsend_v2");
		assertThat(send.uri().getQuery()).isEqualTo("access_token=token-1");
		JsonNode body = DingTalkAnswers.JSON.readTree(send.body());
		assertThat(body.get("agent_id").asLong()).isEqualTo(123456789L);
		assertThat(body.get("userid_list").asString()).isEqualTo("manager4711");
		assertThat(body.get("msg").get("msgtype").asString()).isEqualTo("markdown");
		assertThat(body.get("msg").get("markdown").get("title").asString()).isEqualTo("审限即将届满：(2026)吉0104民初1号");
	}

	@Test
	void theTokenIsCachedUntilShortlyBeforeItExpires() {
		channel.send(outgoing());
		channel.send(outgoing());
		assertThat(tokens.get()).isEqualTo(1);
		now = now.plusSeconds(7200 - 30);
		channel.send(outgoing());
		assertThat(tokens.get()).isEqualTo(2);
	}

	@Test
	void anExpiredTokenAnswerFetchesAFreshTokenAndSendsAgain() {
		channel.send(outgoing());
		AtomicInteger sends = new AtomicInteger();
		dingtalk.answer = r -> {
			if (r.uri().getPath().equals("/gettoken")) {
				return "{\"errcode\":0,\"access_token\":\"token-" + tokens.incrementAndGet() + "\",\"expires_in\":7200}";
			}
			return sends.incrementAndGet() == 1 ? "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}"
					: "{\"errcode\":0,\"task_id\":4712}";
		};
		assertThat(channel.send(outgoing())).isEqualTo("4712");
		assertThat(dingtalk.requests.get(dingtalk.requests.size() - 1).uri().getQuery())
			.isEqualTo("access_token=token-2");
	}

	@Test
	void otherErrorsAreFailuresWithTheReason() {
		dingtalk.answer = r -> r.uri().getPath().equals("/gettoken")
				? "{\"errcode\":40089,\"errmsg\":\"invalid appkey\"}" : "{}";
		assertThatThrownBy(() -> channel.send(outgoing())).isInstanceOf(ChannelFailure.class)
			.hasMessageContaining("40089")
			.hasMessageContaining("invalid appkey");
	}
}
