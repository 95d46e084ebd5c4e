package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.SignedNote;

/**
 * The log's witness client against a fake witness that answers as c2sp.org/tlog-witness says: the request body's
 * layout, cosignature lines on 200, the witness's size on 409 {@code text/x.tlog.size}, and failures for anything
 * else (including a 409 without that type, or a witness that does not answer in time).
 */
class WitnessClientContractTests {

	private final AtomicReference<String> body = new AtomicReference<>();
	private final AtomicReference<Integer> status = new AtomicReference<>(200);
	private final AtomicReference<String> type = new AtomicReference<>("text/plain; charset=utf-8");
	private final AtomicReference<String> reply = new AtomicReference<>("");
	private HttpServer server;
	private URI prefix;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/w/add-checkpoint", exchange -> {
			body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] out = reply.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", type.get());
			exchange.sendResponseHeaders(status.get(), out.length == 0 ? -1 : out.length);
			if (out.length > 0) {
				exchange.getResponseBody().write(out);
			}
			exchange.close();
		});
		server.start();
		prefix = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w");
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private static SignedNote checkpoint() {
		return new Checkpoint("log.example/test", 5, new byte[32]).toNote().sign(Ed25519NoteSigner.generate("log.example/test"));
	}

	@Test
	void sendsOldSizeProofAndCheckpointAndReadsTheCosignature() {
		SignedNote note = checkpoint();
		CosignatureV1.Signer witness = CosignatureV1.Signer.generate("w.example");
		reply.set(witness.signText(note.text()).line());

		WitnessClient.Answer answer = new WitnessClient(Duration.ofSeconds(2)).addCheckpoint(prefix, 3,
				List.of(new byte[32], new byte[32]), note);

		assertThat(body.get()).isEqualTo("old 3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
				+ "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n" + note);
		assertThat(answer).isInstanceOfSatisfying(WitnessClient.Cosigned.class,
				c -> assertThat(note.withSignature(c.cosignatures().get(0)).verifiedBy(witness.verifierKey().verifier())).hasSize(1));
	}

	@Test
	void aConflictCarriesTheWitnessSize() {
		status.set(409);
		type.set("text/x.tlog.size");
		reply.set("4\n");

		assertThat(new WitnessClient(Duration.ofSeconds(2)).addCheckpoint(prefix, 0, List.of(), checkpoint()))
			.isEqualTo(new WitnessClient.Conflict(4));
	}

	@Test
	void otherAnswersAreFailures() {
		status.set(409);
		reply.set("different root");
		assertThat(new WitnessClient(Duration.ofSeconds(2)).addCheckpoint(prefix, 5, List.of(), checkpoint()))
			.isInstanceOf(WitnessClient.Failed.class);

		status.set(403);
		assertThat(new WitnessClient(Duration.ofSeconds(2)).addCheckpoint(prefix, 5, List.of(), checkpoint()))
			.isInstanceOfSatisfying(WitnessClient.Failed.class, f -> assertThat(f.reason()).contains("403"));

		status.set(200);
		reply.set("not a signature line\n");
		assertThat(new WitnessClient(Duration.ofSeconds(2)).addCheckpoint(prefix, 5, List.of(), checkpoint()))
			.isInstanceOf(WitnessClient.Failed.class);
	}

	@Test
	void aSlowWitnessTimesOut() {
		server.removeContext("/w/add-checkpoint");
		server.createContext("/w/add-checkpoint", exchange -> {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});

		assertThat(new WitnessClient(Duration.ofMillis(300)).addCheckpoint(prefix, 0, List.of(), checkpoint()))
			.isInstanceOf(WitnessClient.Failed.class);
	}
}
