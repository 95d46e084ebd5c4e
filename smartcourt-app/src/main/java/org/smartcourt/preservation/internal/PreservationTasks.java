package org.smartcourt.preservation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The preservation watch as db-scheduler recurring tasks (one node runs each): the ruling clocks every
 * {@code smartcourt.preservation.escalation-interval} (15 minutes, for 48-hour periods) and the measures' expiry each
 * morning at {@code smartcourt.preservation.warning-time} (06:30) in the courts' zone.
 */
@Configuration(proxyBeanMethods = false)
class PreservationTasks {

	static final String ESCALATION = "preservation-escalation";
	static final String EXPIRY = "preservation-expiry";

	@Bean
	RecurringTask<Void> preservationEscalationTask(PreservationWatch watch, Clock clock,
			@Value("${smartcourt.preservation.escalation-interval:PT15M}") Duration interval) {
		return Tasks.recurring(ESCALATION, Schedules.fixedDelay(interval))
			.execute((instance, context) -> watch.escalate(clock.instant()));
	}

	@Bean
	RecurringTask<Void> preservationExpiryTask(PreservationWatch watch, Clock clock,
			@Value("${smartcourt.preservation.warning-time:06:30}") LocalTime at) {
		return Tasks.recurring(EXPIRY, Schedules.daily(ZoneId.of("Asia/Shanghai"), at))
			.execute((instance, context) -> watch.daily(LocalDate.now(clock)));
	}
}
