package org.smartcourt.platform.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC) with PostgreSQL's upsert for session attributes: two requests of one
 * new session (two tabs, a page and its htmx call, on one node or two) both add the CSRF token, and the plain INSERT
 * made the second fail with a duplicate key (HTTP 500), found under load (issue 10).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
