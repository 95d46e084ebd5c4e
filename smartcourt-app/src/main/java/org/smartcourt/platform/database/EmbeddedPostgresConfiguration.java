package org.smartcourt.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no database is configured ({@code SMARTCOURT_DB_URL} or
 * {@code spring.datasource.url}); with one configured, Spring Boot's own data source is used and this stays off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.acquire(properties);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("smartcourt-embedded");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}
}
