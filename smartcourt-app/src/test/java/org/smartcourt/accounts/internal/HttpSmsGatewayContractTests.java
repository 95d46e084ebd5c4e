package org.smartcourt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.SmsGateway.SmsDeliveryException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link HttpSmsGateway} against a local fake SMS platform: request shape, API key header, errors, timeouts. */
class HttpSmsGatewayContractTests {

	private HttpServer server;
	private final AtomicInteger status = new AtomicInteger(200);
	private final AtomicInteger delayMillis = new AtomicInteger(0);
	private final AtomicReference<String> body = new AtomicReference<>();
	private final AtomicReference<String> apiKey = new AtomicReference<>();
	private final AtomicReference<String> method = new AtomicReference<>();
	private final AtomicReference<String> contentType = new AtomicReference<>();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/sms/send", this::handle);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		method.set(exchange.getRequestMethod());
		apiKey.set(exchange.getRequestHeaders().getFirst("X-Api-Key"));
		contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
		body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		try {
			Thread.sleep(delayMillis.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status.get(), answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	private HttpSmsGateway gateway(String templateId) {
		URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send");
		return new HttpSmsGateway(new HttpSmsGateway.Settings(url, "X-Api-Key", "secret-key", templateId,
				Duration.ofSeconds(2), Duration.ofMillis(500)));
	}

	@Test
	void postsJsonWithTheApiKey() {
		gateway("SMS_001").send(new MobileNumber("13912345678"), "【吉林法院】您的注册验证码为123456");

		assertThat(method.get()).isEqualTo("POST");
		assertThat(apiKey.get()).isEqualTo("secret-key");
		assertThat(contentType.get()).startsWith("application/json");
		JsonNode json = JsonMapper.builder().build().readTree(body.get());
		assertThat(json.get("phone").asString()).isEqualTo("13912345678");
		assertThat(json.get("templateId").asString()).isEqualTo("SMS_001");
		assertThat(json.get("text").asString()).isEqualTo("【吉林法院】您的注册验证码为123456");
	}

	@Test
	void passesTheCallersReferenceAsRequestId() {
		gateway(null).send(new MobileNumber("13912345678"), "text", "6f1d3a52-0000-4000-8000-000000000001");
		JsonNode json = JsonMapper.builder().build().readTree(body.get());
		assertThat(json.get("requestId").asString()).isEqualTo("6f1d3a52-0000-4000-8000-000000000001");
		gateway(null).send(new MobileNumber("13912345678"), "text");
		assertThat(JsonMapper.builder().build().readTree(body.get()).has("requestId")).isFalse();
	}

	@Test
	void leavesOutAnUnsetTemplate() {
		gateway("").send(new MobileNumber("13912345678"), "text");
		assertThat(JsonMapper.builder().build().readTree(body.get()).has("templateId")).isFalse();
	}

	@Test
	void failsOnANon2xxAnswerWithoutLeakingTheNumber() {
		status.set(503);
		assertThatThrownBy(() -> gateway(null).send(new MobileNumber("13912345678"), "text"))
			.isInstanceOf(SmsDeliveryException.class)
			.hasMessageContaining("503")
			.hasMessageNotContaining("13912345678");
	}

	@Test
	void failsWhenThePlatformIsTooSlowOrUnreachable() {
		delayMillis.set(2_000);
		assertThatThrownBy(() -> gateway(null).send(new MobileNumber("13912345678"), "text"))
			.isInstanceOf(SmsDeliveryException.class);
		server.stop(0);
		assertThatThrownBy(() -> gateway(null).send(new MobileNumber("13912345678"), "text"))
			.isInstanceOf(SmsDeliveryException.class);
	}
}
