package org.smartcourt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log is append-only in the database, and each IT admin reads only their court's part of it. */
@IntegrationTest
class AuditLogTests {

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theDatabaseRefusesToChangeOrDeleteAuditRecords() {
		TestApi api = new TestApi(port);
		api.token("judge");
		assertThat(jdbc.sql("select count(*) from audit_record").query(Long.class).single()).isPositive();
		assertThatThrownBy(() -> jdbc.sql("update audit_record set outcome = 'SUCCESS'").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_record").update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update()).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void signInsAreAuditedWithWhoWhereAndWhen() {
		TestApi api = new TestApi(port);
		api.token("division-head");
		var row = jdbc.sql("""
				select username, role, court_id, outcome, source_ip, request_id from audit_record
				 where action = 'account.login' and username = 'division-head' order by id desc limit 1""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6) })
			.single();
		assertThat(row).containsExactly("division-head", "DIVISION_HEAD", "220100", "SUCCESS", row[4], row[5]);
		assertThat(row[4]).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(row[5]).isNotBlank();
	}

	@Test
	void anItAdminSeesTheirCourtAndTheCourtsBelowButNotOthers() {
		TestApi api = new TestApi(port);
		api.token("judge");
		api.token("judge-0104");
		TestApi.Response intermediate = api.get("/api/v1/audit?action=account.login", api.token("it-admin"));
		assertThat(intermediate.status()).isEqualTo(200);
		assertThat(intermediate.json().get("entries").findValuesAsString("username")).contains("judge", "judge-0104");

		TestApi.Response basic = api.get("/api/v1/audit?action=account.login", api.token("it-admin-0104"));
		assertThat(basic.status()).isEqualTo(200);
		assertThat(basic.json().get("entries").findValuesAsString("courtId")).isNotEmpty().containsOnly("220104");
	}

	@Test
	void staffOtherThanItAdminsCannotReadTheLog() {
		TestApi api = new TestApi(port);
		assertThat(api.get("/api/v1/audit", api.token("president")).status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'audit.search' and outcome = 'DENIED' "
				+ "and username = 'president'").query(Long.class).single()).isPositive();
	}
}
