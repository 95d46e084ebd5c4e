package org.smartcourt.platform.scheduling;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Orders db-scheduler's auto-configuration after Spring Boot 4's DataSource auto-configuration. The db-scheduler
 * 16.7.1 starter was built against Spring Boot 3 and names the DataSource auto-configuration by its Boot 3 package,
 * which Boot 4 moved; without this link it would be evaluated first when the DataSource comes from Boot (a
 * production database), find no DataSource and create no scheduler, silently. No beans of its own.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		beforeName = "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration")
public class DbSchedulerAfterDataSource {
}
