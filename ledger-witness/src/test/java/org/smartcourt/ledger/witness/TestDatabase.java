package org.smartcourt.ledger.witness;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One embedded PostgreSQL for all witness tests of a JVM; each test starts from tables it cleans itself. */
final class TestDatabase {

	private static EmbeddedPostgres server;

	private TestDatabase() {
	}

	static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting
				}
			}));
		}
		return server;
	}
}
