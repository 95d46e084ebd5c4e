package org.smartcourt.accounts.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.SmsGateway;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SmsGateway} for an operator's SMS platform: {@code POST} of JSON {@code {phone, requestId?, templateId?, text}} with
 * the API key in a header, bounded by connect and request timeouts. Any answer other than 2xx is a failure.
 */
class HttpSmsGateway implements SmsGateway {

	/** Where and how to reach the platform. */
	record Settings(URI url, String apiKeyHeader, String apiKey, String templateId, Duration connectTimeout,
			Duration requestTimeout) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Settings settings;
	private final HttpClient client;

	HttpSmsGateway(Settings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
	}

	@Override
	public void send(MobileNumber to, String text) {
		send(to, text, null);
	}

	@Override
	public void send(MobileNumber to, String text, String reference) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("phone", to.value());
		if (reference != null) {
			body.put("requestId", reference);
		}
		if (settings.templateId() != null && !settings.templateId().isBlank()) {
			body.put("templateId", settings.templateId());
		}
		body.put("text", text);
		HttpRequest request = HttpRequest.newBuilder(settings.url())
			.timeout(settings.requestTimeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header(settings.apiKeyHeader(), settings.apiKey())
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
		HttpResponse<Void> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new SmsDeliveryException("SMS gateway unreachable: " + ex.getClass().getSimpleName(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SmsDeliveryException("interrupted while sending SMS", ex);
		}
		if (response.statusCode() / 100 != 2) {
			// the number is masked: gateway failures end up in logs
			throw new SmsDeliveryException("SMS gateway answered " + response.statusCode() + " for " + to.masked());
		}
	}
}
