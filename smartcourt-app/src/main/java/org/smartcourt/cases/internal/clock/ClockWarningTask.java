package org.smartcourt.cases.internal.clock;

import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily 审限 job as a db-scheduler recurring task: one node runs it (the {@code scheduled_tasks} row is picked
 * by one scheduler), at {@code smartcourt.deadlines.warning-time} (07:00) in the court's zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockWarningTask {

	static final String NAME = "case-clock-warnings";

	@Bean
	RecurringTask<Void> caseClockWarningTask(ClockWarnings warnings,
			@Value("${smartcourt.deadlines.warning-time:07:00}") LocalTime at) {
		return Tasks.recurring(NAME, Schedules.daily(ZoneId.of("Asia/Shanghai"), at))
			.execute((instance, context) -> warnings.run());
	}
}
