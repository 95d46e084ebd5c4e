package org.smartcourt.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.smartcourt.notification.internal.ChannelSender.ChannelFailure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls DingTalk's open API and reads its answers: HTTP 2xx with {@code errcode} 0 is success; anything else is a
 * {@link ChannelFailure} naming the status or {@code errcode}/{@code errmsg}.
 */
class DingTalkAnswers {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;
	private final Duration timeout;

	DingTalkAnswers(Duration connectTimeout, Duration timeout) {
		this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
		this.timeout = timeout;
	}

	JsonNode get(String url) {
		return call(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build());
	}

	JsonNode post(String url, Object body) {
		return call(HttpRequest.newBuilder(URI.create(url))
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build());
	}

	private JsonNode call(HttpRequest request) {
		HttpResponse<String> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new ChannelFailure("钉钉接口无法连接：" + ex.getClass().getSimpleName(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChannelFailure("发送钉钉消息时被中断", ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw new ChannelFailure("钉钉接口返回 HTTP " + response.statusCode());
		}
		JsonNode answer;
		try {
			answer = JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			throw new ChannelFailure("钉钉接口返回内容无法解析", ex);
		}
		int errcode = answer.path("errcode").asInt(-1);
		if (errcode != 0) {
			throw new DingTalkError(errcode, answer.path("errmsg").asString(""));
		}
		return answer;
	}

	/** DingTalk answered with a non-zero {@code errcode}. */
	static class DingTalkError extends ChannelFailure {
		final int errcode;

		DingTalkError(int errcode, String errmsg) {
			super("钉钉返回错误 errcode=" + errcode + (errmsg.isBlank() ? "" : "（" + errmsg + "）"));
			this.errcode = errcode;
		}
	}
}
