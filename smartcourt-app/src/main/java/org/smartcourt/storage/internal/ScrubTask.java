package org.smartcourt.storage.internal;

import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The storage scrub as a db-scheduler recurring task, so silent corruption is found without anyone asking: one node
 * runs it, by default every Sunday at 02:00 in the court's zone ({@code smartcourt.storage.scrub-schedule}, a
 * six-field cron expression; {@code -} switches it off). A damaged store is logged as an error and recorded in the
 * audit trail ({@code storage.scrub} with target {@code damaged}).
 */
@Configuration(proxyBeanMethods = false)
class ScrubTask {

	static final String NAME = "storage-scrub";

	@Bean
	RecurringTask<Void> storageScrubTask(StorageScrub scrub,
			@Value("${smartcourt.storage.scrub-schedule:0 0 2 * * SUN}") String cron) {
		return Tasks.recurring(NAME, Schedules.cron(cron, ZoneId.of("Asia/Shanghai")))
			.execute((instance, context) -> scrub.run());
	}
}
