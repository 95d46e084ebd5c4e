package org.smartcourt.ledger.witness;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The witness's HTTP routes without a server, so that any server can mount them: the standalone
 * {@link WitnessServer}, or a web application that runs demo witnesses under its own paths.
 *
 * <ul>
 * <li>{@code POST <prefix>/add-checkpoint}: c2sp.org/tlog-witness, answered by {@link Witness#addCheckpoint};</li>
 * <li>{@code GET <prefix>/} and {@code GET <prefix>/key}: the witness's verifier key (vkey) as plain text;</li>
 * <li>{@code GET <prefix>/health}: 200 {@code ok} while the state store answers, else 503.</li>
 * </ul>
 * Paths are matched exactly; anything else is 404, a wrong method 405.
 */
public final class WitnessHttpHandler {

	/** The largest request body accepted: 63 proof lines and a checkpoint with dozens of signatures fit easily. */
	public static final int MAX_BODY_BYTES = 64 * 1024;

	private final Witness witness;
	private final String prefix;
	private final BooleanSupplier healthy;

	/**
	 * @param witness the witness
	 * @param prefix the submission prefix, empty or starting with {@code /} and not ending with one
	 * @param healthy whether the witness can answer (typically: its database answers)
	 */
	public WitnessHttpHandler(Witness witness, String prefix, BooleanSupplier healthy) {
		this.witness = Objects.requireNonNull(witness, "witness");
		if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
			throw new IllegalArgumentException("a prefix is empty or /like/this: " + prefix);
		}
		this.prefix = prefix;
		this.healthy = Objects.requireNonNull(healthy, "healthy");
	}

	/** Routes without a health check of the store. */
	public WitnessHttpHandler(Witness witness, String prefix) {
		this(witness, prefix, () -> true);
	}

	/**
	 * Answers one request.
	 *
	 * @param method the HTTP method
	 * @param path the request path without query string
	 * @param body the request body, at most {@link #MAX_BODY_BYTES} (a server answers 413 to longer ones)
	 */
	public WitnessHttpResponse handle(String method, String path, byte[] body) {
		if (!path.startsWith(prefix)) {
			return WitnessHttpResponse.text(404, "not found");
		}
		switch (path.substring(prefix.length())) {
			case "/add-checkpoint":
				return "POST".equals(method) ? WitnessHttpResponse.of(witness.addCheckpoint(body))
						: WitnessHttpResponse.methodNotAllowed("POST");
			case "", "/", "/key":
				return "GET".equals(method) ? WitnessHttpResponse.text(200, witness.verifierKey().toString())
						: WitnessHttpResponse.methodNotAllowed("GET");
			case "/health":
				if (!"GET".equals(method)) {
					return WitnessHttpResponse.methodNotAllowed("GET");
				}
				return healthy.getAsBoolean() ? WitnessHttpResponse.text(200, "ok")
						: WitnessHttpResponse.text(503, "witness state unavailable");
			default:
				return WitnessHttpResponse.text(404, "not found");
		}
	}
}
