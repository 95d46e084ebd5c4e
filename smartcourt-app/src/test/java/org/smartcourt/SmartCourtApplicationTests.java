package org.smartcourt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application starts on real PostgreSQL, every migration applies, and the operational endpoints answer. */
@IntegrationTest
class SmartCourtApplicationTests {

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void appliesEveryMigrationOnPostgres() {
		String version = jdbc.sql("select version()").query(String.class).single();
		assertThat(version).startsWith("PostgreSQL 17");
		List<Boolean> outcomes = jdbc.sql("select success from flyway_schema_history where version is not null")
			.query(Boolean.class)
			.list();
		assertThat(outcomes).isNotEmpty().allMatch(Boolean::booleanValue);
		assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = current_schema() and table_name in "
				+ "('user_account','court','audit_record','spring_session','event_publication')")
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void healthAndPrometheusAreReachable() {
		TestApi api = new TestApi(port);
		TestApi.Response health = api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		TestApi.Response prometheus = api.getAny("/actuator/prometheus", null);
		assertThat(prometheus.status()).isEqualTo(200);
		assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
		assertThat(api.get("/v3/api-docs", null).body()).contains("/api/v1/auth/token");
	}
}
