package org.smartcourt.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets one app node at a time run the start-up runners that seed data (reference files, demo accounts, demo
 * organisation, templates …): a PostgreSQL advisory lock taken before the first runner and released when the
 * application is ready. Each seeder leaves existing rows alone, so a node that starts together with another waits,
 * then finds everything there, instead of failing on a duplicate key. The lock belongs to a connection of its own, so
 * a node that dies while seeding releases it with that connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupSeedingLock implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupSeedingLock.class);
	/** An arbitrary key of this application's advisory lock ("SCSEED" in ASCII). */
	private static final long KEY = 0x534353454544L;

	private final DataSource dataSource;
	private Connection holder;

	StartupSeedingLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void run(ApplicationArguments args) throws SQLException {
		Connection connection = dataSource.getConnection();
		long started = System.nanoTime();
		try (Statement s = connection.createStatement()) {
			s.execute("select pg_advisory_lock(" + KEY + ")");
		}
		catch (SQLException e) {
			connection.close();
			throw e;
		}
		long waited = (System.nanoTime() - started) / 1_000_000;
		if (waited > 1000) {
			log.info("waited {} ms for another node to finish seeding", waited);
		}
		holder = connection;
	}

	@EventListener({ ApplicationReadyEvent.class, ApplicationFailedEvent.class })
	public synchronized void release() {
		if (holder == null) {
			return;
		}
		try (Connection connection = holder; Statement s = connection.createStatement()) {
			s.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException e) {
			log.warn("cannot release the seeding lock; it goes with its connection: {}", e.toString());
		}
		holder = null;
	}
}
