package org.smartcourt.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The answer to {@code POST <prefix>/add-checkpoint} (c2sp.org/tlog-witness): HTTP status, content type and body.
 * 200 carries the cosignature lines; 409 after a stale old size carries the latest cosigned size as
 * {@code text/x.tlog.size}; every other status a one-line reason as plain text.
 *
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type} header value
 * @param body the response body
 */
public record AddCheckpointResponse(int status, String contentType, byte[] body) {

	/** The content type of a 409 answer to a stale old size (tlog-witness). */
	public static final String TLOG_SIZE = "text/x.tlog.size";
	static final String TEXT = "text/plain; charset=utf-8";

	public AddCheckpointResponse {
		body = body.clone();
	}

	@Override
	public byte[] body() {
		return body.clone();
	}

	/** 200 with the cosignature line(s), each {@code — <name> <base64>\n}. */
	static AddCheckpointResponse cosigned(String signatureLines) {
		return new AddCheckpointResponse(200, TEXT, signatureLines.getBytes(StandardCharsets.UTF_8));
	}

	/** 409: the old size is not the size this witness last cosigned, which is {@code latestSize}. */
	static AddCheckpointResponse staleOldSize(long latestSize) {
		return new AddCheckpointResponse(409, TLOG_SIZE, (latestSize + "\n").getBytes(StandardCharsets.US_ASCII));
	}

	static AddCheckpointResponse refused(int status, String reason) {
		return new AddCheckpointResponse(status, TEXT, (reason + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** The body as text. */
	public String bodyText() {
		return new String(body, StandardCharsets.UTF_8);
	}

	/** For a 409 with {@link #TLOG_SIZE}: the size to send as the next old size; otherwise empty. */
	public OptionalLong latestSize() {
		if (status != 409 || !TLOG_SIZE.equals(contentType)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(bodyText().strip()));
	}
}
