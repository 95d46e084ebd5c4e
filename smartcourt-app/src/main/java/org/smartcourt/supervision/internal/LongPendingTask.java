package org.smartcourt.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning ({@code smartcourt.supervision.long-pending-time}, 06:30 in the court's zone) one node flags the cases
 * that have been pending for more than 12 months since yesterday: time passes without any event to mark them.
 */
@Configuration(proxyBeanMethods = false)
class LongPendingTask {

	static final String NAME = "supervision-long-pending";

	@Bean
	RecurringTask<Void> supervisionLongPendingTask(FlagRules rules, TransactionTemplate tx, Clock clock,
			@Value("${smartcourt.supervision.long-pending-time:06:30}") LocalTime at) {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		return Tasks.recurring(NAME, Schedules.daily(zone, at))
			.execute((instance, context) -> tx.executeWithoutResult(s -> rules.flagLongPending(LocalDate.now(clock.withZone(zone)))));
	}
}
