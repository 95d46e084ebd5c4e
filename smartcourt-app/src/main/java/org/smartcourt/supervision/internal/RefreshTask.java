package org.smartcourt.supervision.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statistics refresh as a db-scheduler recurring task, so one node at a time builds stale measures and then
 * refreshes the marked cases ({@code smartcourt.supervision.refresh-interval}, 2 s by default).
 */
@Configuration(proxyBeanMethods = false)
class RefreshTask {

	static final String NAME = "supervision-statistics-refresh";

	@Bean
	RecurringTask<Void> supervisionRefreshTask(StatisticsCatchUp catchUp,
			@Value("${smartcourt.supervision.refresh-interval:2s}") Duration interval) {
		return Tasks.recurring(NAME, Schedules.fixedDelay(interval))
			.execute((instance, context) -> catchUp.run());
	}
}
