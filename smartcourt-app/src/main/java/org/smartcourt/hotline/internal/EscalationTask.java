package org.smartcourt.hotline.internal;

import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 超期督办 as a db-scheduler recurring task: one node runs it each morning at
 * {@code smartcourt.hotline.escalation-time} (07:30) in the courts' zone, after the day's due dates passed.
 */
@Configuration(proxyBeanMethods = false)
class EscalationTask {

	static final String NAME = "hotline-escalation";

	@Bean
	RecurringTask<Void> hotlineEscalationTask(Escalation escalation,
			@Value("${smartcourt.hotline.escalation-time:07:30}") LocalTime at) {
		return Tasks.recurring(NAME, Schedules.daily(ZoneId.of("Asia/Shanghai"), at))
			.execute((instance, context) -> escalation.run());
	}
}
