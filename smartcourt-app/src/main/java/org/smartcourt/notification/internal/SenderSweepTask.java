package org.smartcourt.notification.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The periodic sweep as a db-scheduler recurring task ({@code smartcourt.notification.sweep-interval}, default
 * 15 s): sends what the after-commit wake-up missed (a node that stopped, retries coming due, quiet hours ending,
 * leases expiring). Any node may run it: claims are cluster-safe.
 */
@Configuration(proxyBeanMethods = false)
class SenderSweepTask {

	static final String NAME = "notification-outbox-sweep";

	@Bean
	RecurringTask<Void> notificationOutboxSweepTask(SenderNode node,
			@Value("${smartcourt.notification.sweep-interval:15s}") Duration interval) {
		return Tasks.recurring(NAME, Schedules.fixedDelay(interval)).execute((instance, context) -> node.sweep());
	}
}
