package org.smartcourt.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.bouncycastle.tsp.TimeStampRequest;
import org.smartcourt.ledger.core.tsa.ImprintAlgorithm;
import org.smartcourt.ledger.core.tsa.TimestampAuthority;
import org.smartcourt.ledger.core.tsa.TimestampClient;
import org.smartcourt.ledger.core.tsa.TimestampRequests;
import org.smartcourt.ledger.core.tsa.TimestampResponses;
import org.smartcourt.ledger.core.tsa.TimestampToken;

/**
 * An RFC 3161 time-stamping authority over HTTP (RFC 3161 §3.4): POST a DER {@code TimeStampReq} as
 * {@code application/timestamp-query}, read a {@code TimeStampResp}, and accept it only when BouncyCastle's checks
 * pass (status, nonce, imprint). Used for accredited TSAs such as the ones courts accept as 可信时间戳.
 */
final class HttpTimestampClient implements TimestampClient {

	private final URI url;
	private final ImprintAlgorithm algorithm;
	private final HttpClient http;
	private final Duration timeout;

	HttpTimestampClient(URI url, ImprintAlgorithm algorithm, Duration timeout) {
		this.url = url;
		this.algorithm = algorithm;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public TimestampToken stamp(byte[] data) {
		TimeStampRequest request = TimestampRequests.forData(data, algorithm);
		try {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url)
				.timeout(timeout)
				.header("Content-Type", TimestampAuthority.QUERY_MEDIA_TYPE)
				.header("Accept", TimestampAuthority.REPLY_MEDIA_TYPE)
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IOException("TSA " + url + " answered HTTP " + response.statusCode());
			}
			return TimestampResponses.validate(request, response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException("TSA " + url + " unavailable", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while asking the TSA", e);
		}
	}
}
