package org.smartcourt.ledger.witness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.InvalidNoteException;
import org.smartcourt.ledger.core.note.SignerKey;

/**
 * The standalone witness program (独立见证服务) on the JDK's HTTP server.
 *
 * <pre>
 * java -jar ledger-witness-&lt;version&gt;-all.jar --generate-key &lt;witness name&gt; &lt;key file&gt;
 * java -jar ledger-witness-&lt;version&gt;-all.jar witness.properties
 * </pre>
 *
 * The first writes a new cosignature/v1 key (owner-only permissions, never overwriting) and prints its vkey; the
 * second serves {@link WitnessHttpHandler}'s routes with the settings of {@link WitnessConfig}. It refuses to start
 * without a readable key of the configured name.
 */
public final class WitnessServer implements AutoCloseable {

	private final HttpServer server;
	private final ExecutorService executor;
	private final Witness witness;

	private WitnessServer(HttpServer server, ExecutorService executor, Witness witness) {
		this.server = server;
		this.executor = executor;
		this.witness = witness;
	}

	/** Starts a witness as configured: reads the key, opens the database, binds the address. */
	public static WitnessServer start(WitnessConfig config, Clock clock) throws IOException {
		SignerKey key = readKey(config.keyFile(), config.name());
		JdbcWitnessState state = JdbcWitnessState.connect(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
		Witness witness = new Witness(key, clock, config.logs(), state);
		return serve(new WitnessHttpHandler(witness, config.prefix(), state::isHealthy), witness, config.listen());
	}

	/** Serves a witness's routes on an address (port 0: any free port). */
	public static WitnessServer serve(WitnessHttpHandler handler, Witness witness, InetSocketAddress address)
			throws IOException {
		HttpServer server = HttpServer.create(address, 0);
		ExecutorService executor = Executors.newFixedThreadPool(8);
		server.setExecutor(executor);
		server.createContext("/", exchange -> exchange(handler, exchange));
		server.start();
		return new WitnessServer(server, executor, witness);
	}

	static SignerKey readKey(Path keyFile, String name) throws IOException {
		String text;
		try {
			text = Files.readString(keyFile, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new IllegalArgumentException("no witness key at " + keyFile + " (create one with --generate-key)", e);
		}
		SignerKey key;
		try {
			key = SignerKey.parse(text);
		} catch (InvalidNoteException e) {
			throw new IllegalArgumentException("the witness key file " + keyFile + " is not a PRIVATE+KEY: " + e.getMessage(), e);
		}
		if (!key.name().equals(name)) {
			throw new IllegalArgumentException("the key in " + keyFile + " is named " + key.name() + ", not " + name);
		}
		return key;
	}

	private static void exchange(WitnessHttpHandler handler, HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readNBytes(WitnessHttpHandler.MAX_BODY_BYTES + 1);
			}
			WitnessHttpResponse response = body.length > WitnessHttpHandler.MAX_BODY_BYTES
					? WitnessHttpResponse.text(413, "request body too large")
					: handler.handle(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body);
			exchange.getResponseHeaders().set("Content-Type", response.contentType());
			response.headers().forEach(exchange.getResponseHeaders()::set);
			byte[] out = response.body();
			exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
			try (OutputStream os = exchange.getResponseBody()) {
				os.write(out);
			}
		}
	}

	/** The bound address (with the actual port when started on port 0). */
	public InetSocketAddress address() {
		return server.getAddress();
	}

	public Witness witness() {
		return witness;
	}

	/** Stops accepting requests, lets running ones finish for up to a second. */
	@Override
	public void close() {
		server.stop(1);
		executor.shutdown();
	}

	/** Writes a new witness key to a file that must not exist yet and returns it. */
	static SignerKey generateKey(String name, Path keyFile) throws IOException {
		SignerKey key = CosignatureV1.Signer.generate(name).signerKey();
		try {
			Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} catch (UnsupportedOperationException e) {
			Files.createFile(keyFile);
		}
		Files.writeString(keyFile, key.encoded() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
		return key;
	}

	public static void main(String[] args) throws IOException {
		try {
			if (args.length == 3 && args[0].equals("--generate-key")) {
				SignerKey key = generateKey(args[1], Path.of(args[2]));
				System.out.println(key.signer(Clock.systemUTC()).verifierKey());
				return;
			}
			if (args.length != 1 || args[0].startsWith("--")) {
				System.err.println("usage: java -jar ledger-witness-all.jar <witness.properties>\n"
						+ "       java -jar ledger-witness-all.jar --generate-key <witness name> <key file>");
				System.exit(2);
			}
			WitnessServer server = start(WitnessConfig.load(Path.of(args[0])), Clock.systemUTC());
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "witness-shutdown"));
			System.out.println("witness " + server.witness().verifierKey() + " listening on " + server.address()
					+ " for " + server.witness().logs().size() + " log(s)");
		} catch (FileAlreadyExistsException e) {
			System.err.println("refusing to overwrite " + e.getFile());
			System.exit(1);
		} catch (IllegalArgumentException | WitnessStorageException e) {
			System.err.println("witness not started: " + e.getMessage());
			System.exit(1);
		}
	}
}
