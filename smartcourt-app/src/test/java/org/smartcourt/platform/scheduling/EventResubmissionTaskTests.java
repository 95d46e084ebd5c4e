package org.smartcourt.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/** Each run of the task resubmits the publications older than the configured age, and only those. */
class EventResubmissionTaskTests {

	@Test
	void eachRunResubmitsThePublicationsOlderThanTheConfiguredAge() {
		List<Duration> asked = new ArrayList<>();
		IncompleteEventPublications incomplete = new IncompleteEventPublications() {

			@Override
			public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
				throw new AssertionError("not by predicate");
			}

			@Override
			public void resubmitIncompletePublicationsOlderThan(Duration duration) {
				asked.add(duration);
			}

			@Override
			public void resubmitIncompletePublications(ResubmissionOptions options) {
				throw new AssertionError("not by options");
			}
		};
		RecurringTask<Void> task = new EventResubmissionTask().eventPublicationResubmissionTask(incomplete,
				Duration.ofMinutes(1), Duration.ofMinutes(5));

		task.execute(new TaskInstance<>(EventResubmissionTask.NAME, RecurringTask.INSTANCE), null);
		task.execute(new TaskInstance<>(EventResubmissionTask.NAME, RecurringTask.INSTANCE), null);

		assertThat(task.getName()).isEqualTo("event-publication-resubmission");
		assertThat(asked).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(5));
	}
}
