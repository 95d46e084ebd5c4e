package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** {@code /api/v1/deadlines}: compute with explanation for any signed-in user, the rule table, Chinese field errors. */
@IntegrationTest
class DeadlineApiTests {

	@LocalServerPort
	int port;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void computesTheIssueExampleWithItsExplanation() {
		TestApi.Response response = api.post("/api/v1/deadlines/compute", api.token("judge"),
				Map.of("ruleId", "civil-first-simple", "start", "2026-03-02", "exclusions",
						List.of(Map.of("from", "2026-04-01", "to", "2026-05-02", "reason", "鉴定期间"))));
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("due").asString()).isEqualTo("2026-07-06");
		assertThat(json.get("counted").asString()).isEqualTo("2026-06-02");
		assertThat(json.get("excludedDays").asLong()).isEqualTo(32);
		assertThat(json.get("shifts").get(0).get("from").asString()).isEqualTo("2026-07-04");
		assertThat(json.get("rule").get("citation").get("text").asString()).isEqualTo("《民事诉讼法》第一百六十四条");
		assertThat(json.get("rule").get("citation").get("version").asString()).isEqualTo("2023-09-01");
		assertThat(json.get("explanation").toString()).contains("扣除鉴定期间", "顺延至其后的第一个工作日2026年7月6日",
				"第八十五条第三款");
	}

	@Test
	void computesHourPeriodsForALitigantToo() {
		TestApi.Response response = api.post("/api/v1/deadlines/compute", api.token("litigant"),
				Map.of("ruleId", "preservation-urgent", "start", "2026-09-30T16:20"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("dueAt").asString()).isEqualTo("2026-10-02T17:00");
	}

	@Test
	void listsTheRulesWithCitations() {
		TestApi.Response response = api.get("/api/v1/deadlines/rules", api.token("lawyer"));
		assertThat(response.status()).isEqualTo(200);
		List<String> ids = response.json().findValuesAsString("id");
		assertThat(ids).contains("civil-first-ordinary", "civil-first-simple", "civil-small-claims",
				"civil-second-judgment", "civil-second-ruling", "administrative-first", "administrative-second",
				"criminal-first", "criminal-first-latest", "criminal-second", "defence", "appeal-judgment",
				"appeal-ruling", "appeal-no-domicile", "service-by-publication", "service-by-publication-abroad",
				"filing-decision", "filing-decision-private-prosecution", "mediation-pre-suit", "preservation-urgent",
				"preservation-ruling", "preservation-deposit-freeze", "preservation-movable-seizure",
				"preservation-real-property-seizure", "appraisal", "appraisal-complex");
		response.json().forEach(rule -> assertThat(rule.get("citation").get("article").asString()).startsWith("第"));
	}

	@Test
	void refusesUnknownRulesBadDatesAndBadExclusionsWithChineseFieldErrors() {
		String token = api.token("judge");
		TestApi.Response unknown = api.post("/api/v1/deadlines/compute", token,
				Map.of("ruleId", "lottery", "start", "2026-02-30"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.header("Content-Type")).contains("application/problem+json");
		assertThat(unknown.json().get("type").asString()).endsWith("/deadline-request-invalid");
		assertThat(unknown.json().get("title").asString()).isEqualTo("期限计算参数有误");
		assertThat(fields(unknown.json())).containsExactly("ruleId:未知的期限规则",
				"start:日期格式应为 2026-03-02，按小时计算的为 2026-03-02T10:00");

		TestApi.Response exclusions = api.post("/api/v1/deadlines/compute", token,
				Map.of("ruleId", "civil-first-ordinary", "start", "2026-03-02", "exclusions",
						List.of(Map.of("from", "2026-05-01", "to", "2026-04-01", "reason", "鉴定期间"),
								Map.of("from", "2026-06-01", "to", "2026-06-10", "reason", "公告期间"),
								Map.of("from", "2026-06-05", "to", "2026-06-20", "reason", "和解期间"),
								Map.of("from", "someday", "to", "2026-07-01", "reason", "审计期间"))));
		assertThat(exclusions.status()).isEqualTo(400);
		assertThat(fields(exclusions.json())).containsExactly("exclusions[3].from:日期格式应为 2026-03-02");

		TestApi.Response reversed = api.post("/api/v1/deadlines/compute", token,
				Map.of("ruleId", "civil-first-ordinary", "start", "2026-03-02", "exclusions",
						List.of(Map.of("from", "2026-05-01", "to", "2026-04-01", "reason", "鉴定期间"),
								Map.of("from", "2026-06-01", "to", "2026-06-10", "reason", "公告期间"),
								Map.of("from", "2026-06-05", "to", "2026-06-20", "reason", "和解期间"))));
		assertThat(fields(reversed.json())).containsExactly("exclusions[0].to:结束日不能早于开始日",
				"exclusions[2]:与第2段扣除期间重叠");

		TestApi.Response noTime = api.post("/api/v1/deadlines/compute", token,
				Map.of("ruleId", "preservation-pre-suit", "start", "2026-03-02"));
		assertThat(fields(noTime.json())).containsExactly("start:按小时计算的期限需要填写起算时间（精确到时）");
	}

	@Test
	void needsASignedInUser() {
		assertThat(api.post("/api/v1/deadlines/compute", null, Map.of("ruleId", "defence")).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/deadlines/rules", null).status()).isEqualTo(401);
	}

	static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("message").asString()));
		return fields;
	}
}
