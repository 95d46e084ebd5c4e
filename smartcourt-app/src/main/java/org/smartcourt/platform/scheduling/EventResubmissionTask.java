package org.smartcourt.platform.scheduling;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Resubmits event publications that stayed incomplete, as a db-scheduler recurring task (one node does it for the
 * cluster). An after-commit listener that failed, or whose node was killed while it ran (anchoring a stored file in
 * the ledger, …), would otherwise wait until some node restarts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Only publications older than
 * {@code smartcourt.events.resubmit-older-than} (5 minutes) are taken, since a live node may still be running a
 * younger one; listeners are idempotent, as a restart already requires.
 */
@Configuration(proxyBeanMethods = false)
class EventResubmissionTask {

	static final String NAME = "event-publication-resubmission";

	@Bean
	RecurringTask<Void> eventPublicationResubmissionTask(IncompleteEventPublications incomplete,
			@Value("${smartcourt.events.resubmit-interval:PT1M}") Duration interval,
			@Value("${smartcourt.events.resubmit-older-than:PT5M}") Duration olderThan) {
		return Tasks.recurring(NAME, Schedules.fixedDelay(interval))
			.execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(olderThan));
	}
}
