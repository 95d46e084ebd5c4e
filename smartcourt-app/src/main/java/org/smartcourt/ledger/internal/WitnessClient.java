package org.smartcourt.ledger.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.ledger.core.note.InvalidNoteException;
import org.smartcourt.ledger.core.note.NoteSignature;
import org.smartcourt.ledger.core.note.SignedNote;
import org.smartcourt.ledger.witness.AddCheckpointResponse;
import org.smartcourt.ledger.witness.WitnessClientRequest;

/**
 * The log's side of c2sp.org/tlog-witness: {@code POST <prefix>/add-checkpoint} with {@code old <size>}, the
 * consistency proof from that size, an empty line and the signed checkpoint; the witness answers with its
 * cosignature lines, or 409 with the size it last cosigned ({@code text/x.tlog.size}).
 */
final class WitnessClient {

	/** A witness's answer: cosignatures, or the size it has (409), or a failure. */
	sealed interface Answer {
	}

	record Cosigned(List<NoteSignature> cosignatures) implements Answer {
	}

	record Conflict(long witnessSize) implements Answer {
	}

	record Failed(String reason) implements Answer {
	}

	private final HttpClient http;
	private final Duration timeout;

	WitnessClient(Duration timeout) {
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
		this.timeout = timeout;
	}

	Answer addCheckpoint(URI prefix, long oldSize, List<byte[]> proof, SignedNote checkpoint) {
		String base = prefix.toString();
		URI uri = URI.create((base.endsWith("/") ? base : base + "/") + "add-checkpoint");
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
			.header("Content-Type", "text/plain; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(WitnessClientRequest.addCheckpointBody(oldSize, proof, checkpoint)))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			return new Failed("unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Failed("interrupted");
		}
		String body = response.body();
		return switch (response.statusCode()) {
			case 200 -> cosignatures(body);
			case 409 -> conflict(response, body);
			default -> new Failed("HTTP " + response.statusCode() + ": " + abbreviate(body));
		};
	}

	private static Answer cosignatures(String body) {
		List<NoteSignature> lines = new ArrayList<>();
		try {
			for (String line : body.split("\n")) {
				if (!line.isEmpty()) {
					lines.add(NoteSignature.parse(line));
				}
			}
		}
		catch (InvalidNoteException e) {
			return new Failed("malformed cosignature: " + e.getMessage());
		}
		return lines.isEmpty() ? new Failed("no cosignature in the answer") : new Cosigned(lines);
	}

	private static Answer conflict(HttpResponse<String> response, String body) {
		boolean sizeBody = response.headers().firstValue("Content-Type").orElse("").startsWith(AddCheckpointResponse.TLOG_SIZE);
		String size = body.strip();
		if (sizeBody && size.matches("0|[1-9][0-9]{0,18}")) {
			return new Conflict(Long.parseLong(size));
		}
		return new Failed("HTTP 409: " + abbreviate(body));
	}

	private static String abbreviate(String s) {
		String line = s.strip().replace('\n', ' ');
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}
}
