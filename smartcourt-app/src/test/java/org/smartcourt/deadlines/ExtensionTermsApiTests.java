package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/deadlines/extension-terms}: the terms as JSON for anyone signed in, Problem Details on bad input. */
@IntegrationTest
class ExtensionTermsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseClocks clocks;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void answersTheTermsOfTheNextExtension() {
		TestApi.Response first = api.get("/api/v1/deadlines/extension-terms?rule=civil-first-ordinary&nth=1&due=2026-09-02",
				api.token("judge"));
		assertThat(first.status()).isEqualTo(200);
		JsonNode json = first.json();
		assertThat(json.get("allowed").asBoolean()).isTrue();
		assertThat(json.get("approver").asString()).isEqualTo("本院院长");
		assertThat(json.get("maxLengthText").asString()).isEqualTo("六个月");
		assertThat(json.get("requestBy").asString()).isEqualTo("2026-08-18");
		assertThat(json.get("decideBy").asString()).isEqualTo("2026-08-28");
		assertThat(json.get("citation").asString()).contains("第一百五十二条");

		JsonNode second = api.get("/api/v1/deadlines/extension-terms?rule=civil-first-simple&nth=2&due=2026-09-02",
				api.token("litigant")).json();
		assertThat(second.get("allowed").asBoolean()).isFalse();
		assertThat(second.get("refusal").asString()).contains("第二百五十八条");
	}

	@Test
	void theCaseClocksBeanComputesOnTheStoredCalendar() {
		CaseClock clock = clocks.compute(new CaseClockQuery(RuleId.of("civil-first-simple"), LocalDate.of(2026, 3, 2),
				List.of(new ClockEvent.Excluded(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 2), "鉴定期间",
						"《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条")),
				LocalDate.of(2026, 6, 1), false));
		assertThat(clock.due()).isEqualTo(LocalDate.of(2026, 7, 6));
		assertThat(clock.status()).isEqualTo(ClockStatus.RUNNING);
		assertThat(clock.explanationText()).contains("扣除鉴定期间", "顺延至其后的第一个工作日2026年7月6日");
	}

	@Test
	void refusesBadInputWithChineseFieldErrors() {
		TestApi.Response bad = api.get("/api/v1/deadlines/extension-terms?rule=&nth=zero&due=2026-02-30",
				api.token("judge"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).contains("application/problem+json");
		assertThat(bad.json().get("type").asString()).endsWith("/deadline-request-invalid");
		assertThat(DeadlineApiTests.fields(bad.json())).containsExactly("rule:请选择期限规则", "nth:延长次数应为1、2、3……",
				"due:请填写当前的审限届满日（如 2026-09-02）");
		TestApi.Response unknown = api.get("/api/v1/deadlines/extension-terms?rule=lottery&nth=1&due=2026-09-02",
				api.token("judge"));
		assertThat(DeadlineApiTests.fields(unknown.json())).containsExactly("rule:未知的期限规则");
		assertThat(api.get("/api/v1/deadlines/extension-terms?rule=defence&nth=1&due=2026-09-02", null).status())
			.isEqualTo(401);
	}
}
