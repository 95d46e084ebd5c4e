package org.smartcourt.notification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.smartcourt.notification.Channel;
import org.smartcourt.notification.internal.DingTalkAnswers.DingTalkError;
import tools.jackson.databind.JsonNode;

/**
 * 钉钉工作通知 ({@code mode: api}): {@code gettoken} with the app key and secret (the token cached until shortly
 * before it expires), then {@code topapi/message/corpconversation/asyncsend_v2} to the person's DingTalk user id
 * (from {@code notification_contact}). The receipt is DingTalk's {@code task_id}. DingTalk itself drops a second
 * identical message to the same person on the same day, which covers a resend after a crash.
 */
class DingTalkWorkChannel implements ChannelSender {

	/** Where and as which app to send. */
	record Settings(String baseUrl, String appKey, String appSecret, long agentId) {
	}

	/** Token errors after which a fresh token is fetched: invalid or expired access token. */
	private static final Set<Integer> TOKEN_ERRORS = Set.of(40014, 42001, 88);

	private final Settings settings;
	private final DingTalkAnswers dingtalk;
	private final Clock clock;
	private String token;
	private Instant tokenExpires = Instant.MIN;

	DingTalkWorkChannel(Settings settings, DingTalkAnswers dingtalk, Clock clock) {
		this.settings = settings;
		this.dingtalk = dingtalk;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.DINGTALK_WORK;
	}

	@Override
	public String send(Outgoing o) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("agent_id", settings.agentId());
		body.put("userid_list", o.dingtalkUserId());
		body.put("msg", Map.of("msgtype", "markdown", "markdown",
				Map.of("title", o.title(), "text", DingTalkRobotChannel.markdown(o))));
		try {
			return receipt(send(body));
		}
		catch (DingTalkError ex) {
			if (!TOKEN_ERRORS.contains(ex.errcode)) {
				throw ex;
			}
			forgetToken();
			return receipt(send(body));
		}
	}

	private JsonNode send(Map<String, Object> body) {
		return dingtalk.post(settings.baseUrl() + "/topapi/message/corpconversation/asyncsend_v2?access_token="
				+ URLEncoder.encode(token(), StandardCharsets.UTF_8), body);
	}

	private static String receipt(JsonNode answer) {
		return answer.path("task_id").asString("");
	}

	private synchronized String token() {
		Instant now = clock.instant();
		if (token == null || !now.isBefore(tokenExpires)) {
			JsonNode answer = dingtalk.get(settings.baseUrl() + "/gettoken?appkey="
					+ URLEncoder.encode(settings.appKey(), StandardCharsets.UTF_8) + "&appsecret="
					+ URLEncoder.encode(settings.appSecret(), StandardCharsets.UTF_8));
			token = answer.path("access_token").asString();
			// renew a minute early so a token never expires between check and use
			tokenExpires = now.plusSeconds(Math.max(answer.path("expires_in").asLong(7200) - 60, 0));
		}
		return token;
	}

	private synchronized void forgetToken() {
		token = null;
	}
}
