package org.smartcourt.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The storage scrub runs by itself: a recurring db-scheduler task for Sunday 02:00 in the court's zone. */
@IntegrationTest
class ScrubScheduleTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theScrubIsScheduledForSundayTwoInTheMorningShanghaiTime() {
		Timestamp next = jdbc.sql("select execution_time from scheduled_tasks where task_name = 'storage-scrub'")
			.query(Timestamp.class)
			.single();
		ZonedDateTime at = next.toInstant().atZone(ZoneId.of("Asia/Shanghai"));
		assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(at.getHour()).isEqualTo(2);
		assertThat(at.getMinute()).isZero();
	}
}
