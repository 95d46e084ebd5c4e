package org.smartcourt.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP answer of the witness, independent of any server: status, content type, body and further headers.
 *
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type} header value
 * @param body the response body
 * @param headers further headers (for example {@code Allow} on 405)
 */
public record WitnessHttpResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

	public WitnessHttpResponse {
		body = body.clone();
		headers = Map.copyOf(headers);
	}

	@Override
	public byte[] body() {
		return body.clone();
	}

	static WitnessHttpResponse of(AddCheckpointResponse response) {
		return new WitnessHttpResponse(response.status(), response.contentType(), response.body(), Map.of());
	}

	static WitnessHttpResponse text(int status, String text) {
		return new WitnessHttpResponse(status, AddCheckpointResponse.TEXT, (text + "\n").getBytes(StandardCharsets.UTF_8),
				Map.of());
	}

	static WitnessHttpResponse methodNotAllowed(String allowed) {
		return new WitnessHttpResponse(405, AddCheckpointResponse.TEXT,
				"method not allowed\n".getBytes(StandardCharsets.UTF_8), Map.of("Allow", allowed));
	}
}
