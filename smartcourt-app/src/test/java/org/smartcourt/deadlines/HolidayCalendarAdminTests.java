package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The holiday calendar: loaded from the reference file at start-up, readable by everyone signed in, corrected by the IT
 * admin only (others get 403), every correction audited and used by the next computation; the health check names
 * the missing years.
 */
@IntegrationTest
class HolidayCalendarAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	@Qualifier("holidayCalendar")
	HealthIndicator health;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void servesTheBundledArrangement() {
		TestApi.Response response = api.get("/api/v1/deadlines/calendar/2025", api.token("judge"));
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("covered").asBoolean()).isTrue();
		assertThat(json.get("days").findValuesAsString("date")).contains("2025-01-28", "2025-10-08", "2025-09-28");
		assertThat(api.get("/api/v1/deadlines/calendar/2031", api.token("judge")).json().get("covered").asBoolean())
			.isFalse();
	}

	@Test
	void onlyTheItAdminCorrectsADayAndEveryCorrectionIsAudited() {
		Map<String, String> body = Map.of("kind", "REST", "name", "临时休假", "reason", "测试：依通知更正");
		assertThat(api.put("/api/v1/deadlines/calendar/2030-01-02", api.token("judge"), body).status()).isEqualTo(403);
		assertThat(api.put("/api/v1/deadlines/calendar/2030-01-02", api.token("president"), body).status())
			.isEqualTo(403);
		assertThat(calendar.current().isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();

		TestApi.Response set = api.put("/api/v1/deadlines/calendar/2030-01-02", api.token("it-admin"), body);
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.json().get("kind").asString()).isEqualTo("REST");
		assertThat(set.json().get("source").asString()).isEqualTo("ADMIN");
		assertThat(set.json().get("changedBy").asString()).isEqualTo("it-admin");
		assertThat(calendar.current().isWorkingDay(LocalDate.of(2030, 1, 2))).isFalse();
		assertThat(audited("deadlines.calendar.set")).isEqualTo("it-admin");

		TestApi.Response cleared = api.put("/api/v1/deadlines/calendar/2030-01-02", api.token("it-admin"),
				Map.of("kind", "clear", "reason", "测试：撤销更正"));
		assertThat(cleared.status()).isEqualTo(200);
		assertThat(cleared.json().get("kind").asString()).isEqualTo("CLEARED");
		assertThat(calendar.current().isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();
		assertThat(audited("deadlines.calendar.clear")).isEqualTo("it-admin");
	}

	@Test
	void refusesACorrectionWithoutReasonOrKind() {
		TestApi.Response response = api.put("/api/v1/deadlines/calendar/2030-13-01", api.token("it-admin"),
				Map.of("kind", "HOLIDAY"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("type").asString()).endsWith("/calendar-day-invalid");
		assertThat(DeadlineApiTests.fields(response.json())).containsExactly("date:日期格式应为 2026-10-01",
				"kind:类型只能是 REST（放假）、WORKDAY（调休上班）或 CLEAR（恢复为普通日）", "reason:请填写更正理由（如所依据的通知）");
	}

	@Test
	void theHealthCheckNamesTheMissingYears() {
		Health h = health.health();
		assertThat(h.getStatus()).isEqualTo(Status.UP);
		assertThat(h.getDetails()).containsKeys("loadedYears", "missingYears");
		assertThat(calendar.missingYears(LocalDate.of(2026, 11, 29))).containsExactly(2027);
		assertThat(calendar.missingYears(LocalDate.of(2025, 3, 1))).isEmpty();
	}

	private String audited(String action) {
		return jdbc.sql("select username from audit_record where action = ? and target_id = '2030-01-02' order by id desc limit 1")
			.param(action)
			.query(String.class)
			.single();
	}
}
