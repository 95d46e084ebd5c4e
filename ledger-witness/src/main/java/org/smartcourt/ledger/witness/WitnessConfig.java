package org.smartcourt.ledger.witness;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.InvalidNoteException;
import org.smartcourt.ledger.core.note.VerifierKey;

/**
 * The standalone witness's configuration, from a properties file (UTF-8):
 *
 * <pre>
 * witness.name=witness.jlcourt.gov.cn/gaoyuan      # must be the key's name
 * witness.key-file=witness.key                     # PRIVATE+KEY+… text; relative to this file
 * witness.listen=127.0.0.1:7380                    # default; bind beyond loopback only behind a TLS proxy
 * witness.prefix=                                  # submission prefix, e.g. /witness
 * witness.jdbc-url=jdbc:postgresql://localhost:5432/witness
 * witness.jdbc-user=witness
 * witness.jdbc-password=…
 * log.1.vkey=ledger.jlcourt.gov.cn/evidence/2026+1a2b3c4d+AX…   # one or more, separated by spaces or commas
 * log.1.hash=SHA-256                                            # or SM3
 * log.1.origin=…                                                # only if it differs from the key name
 * </pre>
 *
 * @param name the witness's key name
 * @param keyFile the file holding the witness's private key
 * @param listen the address the server binds
 * @param prefix the submission prefix, empty or {@code /like/this}
 * @param jdbcUrl the witness's own PostgreSQL database
 * @param jdbcUser its user
 * @param jdbcPassword its password
 * @param logs the logs to cosign for
 */
public record WitnessConfig(String name, Path keyFile, InetSocketAddress listen, String prefix, String jdbcUrl,
		String jdbcUser, String jdbcPassword, List<WitnessedLog> logs) {

	/** Loopback only, unless configured otherwise. */
	public static final String DEFAULT_LISTEN = "127.0.0.1:7380";

	private static final Pattern LOG_KEY = Pattern.compile("log\\.([0-9]+)\\.(vkey|hash|origin)");

	public WitnessConfig {
		logs = List.copyOf(logs);
	}

	/** Reads a properties file; relative paths in it are resolved against its folder. */
	public static WitnessConfig load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		Path folder = file.toAbsolutePath().getParent();
		return from(properties, folder);
	}

	/** The configuration in these properties; throws {@link IllegalArgumentException} naming what is wrong. */
	public static WitnessConfig from(Properties p, Path folder) {
		String name = required(p, "witness.name");
		Path keyFile = folder.resolve(required(p, "witness.key-file"));
		String prefix = p.getProperty("witness.prefix", "").strip();
		return new WitnessConfig(name, keyFile, listen(p.getProperty("witness.listen", DEFAULT_LISTEN).strip()), prefix,
				required(p, "witness.jdbc-url"), p.getProperty("witness.jdbc-user", "").strip(),
				p.getProperty("witness.jdbc-password", ""), logs(p));
	}

	private static String required(Properties p, String key) {
		String value = p.getProperty(key, "").strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("missing " + key);
		}
		return value;
	}

	static InetSocketAddress listen(String hostAndPort) {
		int colon = hostAndPort.lastIndexOf(':');
		if (colon <= 0) {
			throw new IllegalArgumentException("witness.listen is host:port, not " + hostAndPort);
		}
		String host = hostAndPort.substring(0, colon);
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		try {
			int port = Integer.parseInt(hostAndPort.substring(colon + 1));
			return new InetSocketAddress(host, port);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("witness.listen has no valid port: " + hostAndPort, e);
		}
	}

	private static List<WitnessedLog> logs(Properties p) {
		TreeSet<Integer> numbers = new TreeSet<>();
		for (String key : p.stringPropertyNames()) {
			Matcher m = LOG_KEY.matcher(key);
			if (m.matches()) {
				numbers.add(Integer.parseInt(m.group(1)));
			} else if (key.startsWith("log.")) {
				throw new IllegalArgumentException("unknown setting " + key + " (log.N.vkey, log.N.hash, log.N.origin)");
			}
		}
		if (numbers.isEmpty()) {
			throw new IllegalArgumentException("no log configured (log.1.vkey=…)");
		}
		List<WitnessedLog> logs = new ArrayList<>();
		for (int n : numbers) {
			logs.add(log(p, "log." + n + "."));
		}
		return logs;
	}

	private static WitnessedLog log(Properties p, String prefix) {
		List<VerifierKey> keys = new ArrayList<>();
		for (String vkey : required(p, prefix + "vkey").split("[\\s,]+")) {
			try {
				keys.add(VerifierKey.parse(vkey));
			} catch (InvalidNoteException e) {
				throw new IllegalArgumentException(prefix + "vkey: " + e.getMessage(), e);
			}
		}
		String origin = p.getProperty(prefix + "origin", "").strip();
		return new WitnessedLog(origin.isEmpty() ? keys.get(0).name() : origin, keys,
				hasher(p.getProperty(prefix + "hash", "SHA-256").strip(), prefix));
	}

	private static TreeHasher hasher(String name, String prefix) {
		return switch (name.toUpperCase(Locale.ROOT)) {
			case "SHA-256", "SHA256" -> TreeHasher.sha256();
			case "SM3" -> TreeHasher.sm3();
			default -> throw new IllegalArgumentException(prefix + "hash is SHA-256 or SM3, not " + name);
		};
	}
}
