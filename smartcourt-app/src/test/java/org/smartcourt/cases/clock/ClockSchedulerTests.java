package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.smartcourt.platform.scheduling.DbSchedulerAfterDataSource;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily 审限 job runs on db-scheduler under Spring Boot 4: the recurring task is stored in
 * {@code scheduled_tasks} for 07:00 in the court's zone, and a scheduler also comes up when the DataSource is Boot's
 * own (a production database), not only with the embedded one.
 */
@IntegrationTest
class ClockSchedulerTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scheduler scheduler;

	@Autowired
	DataSource dataSource;

	@Test
	void theWarningTaskIsScheduledForSevenInTheMorningShanghaiTime() {
		var next = jdbc.sql("select execution_time from scheduled_tasks where task_name = 'case-clock-warnings'")
			.query(java.sql.Timestamp.class)
			.single();
		ZonedDateTime at = next.toInstant().atZone(ZoneId.of("Asia/Shanghai"));
		assertThat(at.getHour()).isEqualTo(7);
		assertThat(at.getMinute()).isZero();
	}

	@Test
	void withBootsOwnDataSourceTheSchedulerIsStillCreated() {
		HikariDataSource embedded = (HikariDataSource) dataSource;
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withPropertyValues("spring.datasource.url=" + embedded.getJdbcUrl(), "spring.datasource.username=postgres",
					"db-scheduler.polling-interval=1h");
		runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DbSchedulerAfterDataSource.class, DbSchedulerAutoConfiguration.class))
			.run(context -> assertThat(context).hasSingleBean(Scheduler.class));
		runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DbSchedulerAutoConfiguration.class))
			.run(context -> assertThat(context).as("the starter alone misses Boot 4's DataSource")
				.doesNotHaveBean(Scheduler.class));
	}
}
