package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.tsa.ImprintAlgorithm;
import org.smartcourt.ledger.core.tsa.InvalidTimestampException;
import org.smartcourt.ledger.core.tsa.LocalTimestampAuthority;
import org.smartcourt.ledger.core.tsa.TimestampAuthority;
import org.smartcourt.ledger.core.tsa.TimestampToken;
import org.smartcourt.ledger.core.tsa.TimestampTokenVerifier;

/**
 * The HTTP adapter against a local fake TSA that speaks RFC 3161 §3.4 (a real BouncyCastle authority behind a plain
 * HTTP server): the request's media type, a valid token back, and refusal of answers that are not for our request.
 */
class HttpTimestampClientContractTests {

	private final LocalTimestampAuthority authority = LocalTimestampAuthority.generate("Contract TSA");
	private final AtomicReference<String> contentType = new AtomicReference<>();
	private final AtomicReference<byte[]> cannedReply = new AtomicReference<>();
	private HttpServer server;
	private URI url;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/tsa", exchange -> {
			contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
			byte[] request = exchange.getRequestBody().readAllBytes();
			byte[] reply = cannedReply.get() != null ? cannedReply.get() : authority.respond(request);
			exchange.getResponseHeaders().set("Content-Type", TimestampAuthority.REPLY_MEDIA_TYPE);
			exchange.sendResponseHeaders(200, reply.length);
			exchange.getResponseBody().write(reply);
			exchange.close();
		});
		server.start();
		url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void stampsDataWithATokenThatVerifiesAgainstTheTsaRoot() {
		byte[] data = "demo.smartcourt.local/ledger\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n".getBytes(StandardCharsets.UTF_8);

		TimestampToken token = new HttpTimestampClient(url, ImprintAlgorithm.SM3, Duration.ofSeconds(5)).stamp(data);

		assertThat(contentType.get()).isEqualTo("application/timestamp-query");
		assertThat(token.imprintAlgorithm()).isEqualTo(ImprintAlgorithm.SM3);
		assertThat(new TimestampTokenVerifier(authority.rootCertificate()).verify(token, data).genTime()).isNotNull();
	}

	@Test
	void refusesAReplyToAnotherRequest() {
		HttpTimestampClient client = new HttpTimestampClient(url, ImprintAlgorithm.SHA_256, Duration.ofSeconds(5));
		cannedReply.set(authority.respond(encoded("other")));

		assertThatThrownBy(() -> client.stamp("mine".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidTimestampException.class);
	}

	@Test
	void anUnreachableTsaIsAnError() {
		server.stop(0);

		assertThatThrownBy(() -> new HttpTimestampClient(url, ImprintAlgorithm.SHA_256, Duration.ofSeconds(2))
			.stamp(new byte[] { 1 })).isInstanceOf(java.io.UncheckedIOException.class);
	}

	private static byte[] encoded(String data) {
		try {
			return org.smartcourt.ledger.core.tsa.TimestampRequests
				.forData(data.getBytes(StandardCharsets.UTF_8), ImprintAlgorithm.SHA_256).getEncoded();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
