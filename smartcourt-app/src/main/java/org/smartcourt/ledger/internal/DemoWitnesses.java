package org.smartcourt.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.SignerKey;
import org.smartcourt.ledger.witness.JdbcWitnessState;
import org.smartcourt.ledger.witness.Witness;
import org.smartcourt.ledger.witness.WitnessHttpHandler;
import org.smartcourt.ledger.witness.WitnessServer;
import org.smartcourt.ledger.witness.WitnessedLog;

/**
 * Demo mode's two local witnesses, so that demo checkpoints carry real cosignatures. Each is the same witness another
 * institution would run ({@code ledger-witness}): its own key, its own database ({@code smartcourt_witness_a}, …, on
 * the same PostgreSQL server, or a schema of its own when the application may not create databases), its own HTTP
 * listener on a free local port. Never used in production mode, where witnesses are other institutions' servers.
 */
final class DemoWitnesses implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DemoWitnesses.class);
	private static final List<String> NAMES = List.of("a", "b");

	private final List<WitnessServer> servers = new ArrayList<>();
	private final List<HikariDataSource> pools = new ArrayList<>();

	/** Starts the witnesses and adds them to the roster. */
	static DemoWitnesses start(CheckpointProperties properties, LogKeys keys, TreeHasher hasher, DataSource appDatabase,
			WitnessRoster roster, Clock clock) {
		DemoWitnesses demo = new DemoWitnesses();
		WitnessedLog logToWitness = new WitnessedLog(properties.origin(), keys.verifierKeys(), hasher);
		try {
			for (String id : NAMES) {
				String name = "witness-" + id + ".demo.smartcourt.local";
				SignerKey key = key(properties.keyDirectory().resolve("witness-" + id + ".key"), name);
				JdbcWitnessState state = demo.state(appDatabase, "smartcourt_witness_" + id);
				Witness witness = new Witness(key, clock, List.of(logToWitness), state);
				WitnessServer server = WitnessServer.serve(new WitnessHttpHandler(witness, "", state::isHealthy), witness,
						new InetSocketAddress("127.0.0.1", 0));
				demo.servers.add(server);
				URI url = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
				roster.add(new CheckpointProperties.WitnessEndpoint("demo-witness-" + id, url, witness.verifierKey().toString()));
				log.info("演示见证人 {} 已启动：{}（仅供演示）。Demo witness {} listening at {}", name, url, name, url);
			}
		}
		catch (IOException e) {
			demo.close();
			throw new UncheckedIOException("cannot start the demo witnesses", e);
		}
		return demo;
	}

	private static SignerKey key(Path file, String name) throws IOException {
		return SignerKey.parse(DemoKeyFile.readOrGenerate(file,
				() -> CosignatureV1.Signer.generate(name).signerKey().encoded()).encoded());
	}

	/** A database of the witness's own when the server lets us create one, else a schema of its own. */
	private JdbcWitnessState state(DataSource appDatabase, String database) {
		if (appDatabase instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			try (Connection c = appDatabase.getConnection(); Statement s = c.createStatement()) {
				createOnce(s, database);
				HikariDataSource pool = new HikariDataSource();
				pool.setJdbcUrl(hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
				pool.setUsername(hikari.getUsername());
				pool.setPassword(hikari.getPassword());
				pool.setMaximumPoolSize(4);
				pool.setPoolName(database);
				pools.add(pool);
				return new JdbcWitnessState(pool);
			}
			catch (SQLException e) {
				log.info("cannot create database {} ({}); the demo witness keeps its state in schema {}", database,
						e.getMessage(), database);
			}
		}
		return JdbcWitnessState.inSchema(appDatabase, database);
	}

	/**
	 * Creates the witness's database unless it exists. Another node starting at the same time may be creating it (or
	 * hold template1, which PostgreSQL refuses then): wait and look again rather than fall back to a schema, which
	 * would give the two nodes' witnesses two different states.
	 */
	private static void createOnce(Statement s, String database) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
				if (rs.next()) {
					return;
				}
			}
			try {
				s.execute("create database " + database + " encoding 'UTF8'");
				return;
			}
			catch (SQLException e) {
				if (attempt == 10 || "42501".equals(e.getSQLState())) {
					throw e;
				}
				try {
					Thread.sleep(200L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	@Override
	public void close() {
		servers.forEach(WitnessServer::close);
		pools.forEach(HikariDataSource::close);
	}
}
