package org.smartcourt.fees;

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

/** {@code POST /api/v1/fees/quote}: the fee with its derivation, and 400 with Chinese per-field errors. */
@IntegrationTest
class FeeQuoteApiTests {

	@LocalServerPort
	int port;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void quotesAPropertyCaseWithItsDerivation() {
		TestApi.Response response = api.post("/api/v1/fees/quote", api.token("litigant"),
				Map.of("kind", "property", "amount", "100000", "procedure", "ordinary"));
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("total").asString()).isEqualTo("2300.00");
		assertThat(json.get("totalFen").asLong()).isEqualTo(230_000);
		assertThat(json.get("kindLabel").asString()).isEqualTo("财产案件");
		JsonNode band = json.get("lines").get(1);
		assertThat(band.get("description").asString()).isEqualTo("超过1万元至10万元的部分");
		assertThat(band.get("base").asString()).isEqualTo("90000.00");
		assertThat(band.get("rate").asString()).isEqualTo("2.5%");
		assertThat(band.get("amount").asString()).isEqualTo("2250.00");
		assertThat(band.get("citation").asString()).isEqualTo("「《诉讼费用交纳办法》第十三条第（一）项第2目」");
		assertThat(json.get("roundingRule").asString()).contains("四舍五入到分");
		assertThat(json.get("provincialSchedule").size()).isEqualTo(6);
	}

	@Test
	void quotesInFenWithSimpleProcedureAndMediationHalvedOnce() {
		TestApi.Response response = api.post("/api/v1/fees/quote", api.token("judge"),
				Map.of("kind", "property", "amountFen", 100_000_000, "procedure", "simple", "mediation", true));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("total").asString()).isEqualTo("6900.00");
		assertThat(response.body()).contains("第十六条", "第二百零六条");
	}

	@Test
	void refusesBadInputWithFieldErrors() {
		String token = api.token("litigant");
		TestApi.Response response = api.post("/api/v1/fees/quote", token,
				Map.of("kind", "lottery", "amount", "-5", "damages", "1.234", "procedure", "fast"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		JsonNode json = response.json();
		assertThat(json.get("type").asString()).endsWith("/fee-request-invalid");
		assertThat(json.get("title").asString()).isEqualTo("诉讼费计算参数有误");
		assertThat(fields(json)).containsExactlyInAnyOrder("kind:未知的案件或申请类型", "amount:金额不能为负数",
				"damages:金额最多两位小数（精确到分）", "procedure:审理程序只能是普通程序或简易程序");

		TestApi.Response missing = api.post("/api/v1/fees/quote", token, Map.of("kind", "property"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.json())).containsExactly("amount:该类型按争议金额计算，请填写金额");

		TestApi.Response tooPrecise = api.post("/api/v1/fees/quote", token,
				Map.of("kind", "property", "amount", "100.001"));
		assertThat(fields(tooPrecise.json())).containsExactly("amount:金额最多两位小数（精确到分）");
	}

	@Test
	void needsASignedInUser() {
		assertThat(api.post("/api/v1/fees/quote", null, Map.of("kind", "labour")).status()).isEqualTo(401);
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString() + ":" + e.get("message").asString()));
		return fields;
	}
}
