package org.smartcourt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records written outside the caller's transaction (a read audited from a read-only transaction; a refusal, which must
 * survive the rollback) take no second connection from the application's pool. Before, a request holding the pool's
 * last connection waited for a second until the pool's time-out (30 s) and failed; under load, requests holding all
 * of the pool's connections each waited for a second (issue 10: case pages stalled ten seconds).
 */
@IntegrationTest
class AuditOutsideTheRequestPoolTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void auditingFromAReadOnlyTransactionOnThePoolsLastConnectionNeedsNoSecond() throws Exception {
		String target = UUID.randomUUID().toString();
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		withAllButOneConnectionHeld(() -> readOnly.executeWithoutResult(status -> {
			jdbc.sql("select 1").query(Integer.class).single();
			audit.success("test.read", "test", target);
		}));
		assertThat(outcomes(target)).containsExactly("SUCCESS");
	}

	@Test
	void aRefusalOnThePoolsLastConnectionSurvivesTheRollbackItReports() throws Exception {
		String target = UUID.randomUUID().toString();
		TransactionTemplate command = new TransactionTemplate(transactions);
		withAllButOneConnectionHeld(() -> assertThatThrownBy(() -> command.executeWithoutResult(status -> {
			jdbc.sql("select 1").query(Integer.class).single();
			audit.denied("test.command", "test", target);
			throw new IllegalStateException("refused");
		})).hasMessage("refused"));
		assertThat(outcomes(target)).containsExactly("DENIED");
	}

	private void withAllButOneConnectionHeld(Runnable work) throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < pool.getMaximumPoolSize() - 1; i++) {
				held.add(pool.getConnection());
			}
			work.run();
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	private List<String> outcomes(String target) {
		return jdbc.sql("select outcome from audit_record where target_id = ?").param(target).query(String.class).list();
	}
}
