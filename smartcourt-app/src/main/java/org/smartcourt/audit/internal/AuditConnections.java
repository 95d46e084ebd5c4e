package org.smartcourt.audit.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small pool of the audit trail's own, for the records written outside the caller's transaction: a refusal, which
 * must survive the rollback of what it reports, and a read audited from a read-only transaction. Taken from the
 * application's pool, such a record needed a second connection while the request held its first; once every pooled
 * connection was held by a request waiting for a second, all of them waited for the pool's time-out (issue 10: case
 * pages stalled ten seconds in an open-model load). This pool never waits on the application's, so no cycle can form.
 * Each record is one autocommitted insert.
 */
@Component
class AuditConnections implements DisposableBean {

	/** Enough for inserts of a fraction of a millisecond from every request thread. */
	static final int SIZE = 4;

	private final HikariDataSource own;
	private final JdbcClient jdbc;

	AuditConnections(DataSource application) throws SQLException {
		this.own = application.isWrapperFor(HikariDataSource.class)
				? pool(application.unwrap(HikariDataSource.class)) : null;
		this.jdbc = own == null ? null : JdbcClient.create(own);
	}

	/** Whether the records outside the caller's transaction have connections of their own. */
	boolean available() {
		return jdbc != null;
	}

	/** A client whose every statement runs in its own autocommitted transaction on this pool. */
	JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	public void destroy() {
		if (own != null) {
			own.close();
		}
	}

	private static HikariDataSource pool(HikariDataSource application) {
		HikariConfig config = new HikariConfig();
		application.copyStateTo(config);
		config.setPoolName(application.getPoolName() + "-audit");
		config.setMaximumPoolSize(SIZE);
		config.setMinimumIdle(0);
		config.setAutoCommit(true);
		config.setReadOnly(false);
		config.setMetricRegistry(null);
		config.setHealthCheckRegistry(null);
		return new HikariDataSource(config);
	}
}
