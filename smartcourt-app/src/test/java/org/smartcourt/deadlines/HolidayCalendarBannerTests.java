package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin banner: when next year's 节假日安排 is not loaded (on the court clock), the IT admin sees a polite live
 * notice at the top of every page; other roles do not.
 */
@IntegrationTest
class HolidayCalendarBannerTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theItAdminIsToldThatNextYearsCalendarIsMissing() {
		int next = LocalDate.now(clock).getYear() + 1;
		Optional<String> loaded = jdbc.sql("select source from deadline_calendar_year where year = ?")
			.param(next)
			.query(String.class)
			.optional();
		jdbc.sql("delete from deadline_calendar_year where year = ?").param(next).update();
		try {
			HttpResponse<String> admin = WebSession.signIn(port, "it-admin").get("/");
			assertThat(admin.statusCode()).isEqualTo(200);
			assertThat(admin.body()).contains("class=\"alert alert-warn shell-notice\" aria-live=\"polite\"",
					next + "年的法定节假日安排尚未载入，期限计算将只按周末确定休息日");
			HttpResponse<String> judge = WebSession.signIn(port, "judge").get("/deadlines/calculator");
			assertThat(judge.statusCode()).isEqualTo(200);
			assertThat(judge.body()).doesNotContain("法定节假日安排尚未载入");
		}
		finally {
			loaded.ifPresent(source -> jdbc.sql("insert into deadline_calendar_year (year, source, loaded_at) values (?, ?, ?)")
				.params(next, source, Timestamp.from(clock.instant()))
				.update());
		}
	}
}
