package org.smartcourt.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 调解成功率 per organization and per cause: one settled and one ended mediation move the counts by exactly that. */
@IntegrationTest
class MediationStatisticsTests {

	static final String ORGANIZATION = "朝阳区多元解纷调解中心";
	static final String CAUSE = "民间借贷纠纷";

	@LocalServerPort
	int port;

	static long[] counts(JsonNode rows, String name) {
		for (JsonNode r : rows) {
			if (name.equals(r.get("name").asString())) {
				return new long[] { r.get("ended").asLong(), r.get("settled").asLong() };
			}
		}
		return new long[] { 0, 0 };
	}

	@Test
	void settledOverEndedPerOrganizationAndCause() {
		TestApi api = new TestApi(port);
		JsonNode before = api.get("/api/v1/mediation/statistics", api.token("filing-clerk-0104")).json();

		String settled = started(api);
		String path = "/api/v1/mediation/mediations/" + settled;
		MediationLifecycleTests.post(api, "mediator-0104", path + "/agreement", Map.of("markdown", "## 调解协议\n\n还款。"),
				200);
		MediationLifecycleTests.post(api, "litigant", path + "/agreement/confirmation",
				Map.of("password", TestApi.DEMO_PASSWORD), 200);
		MediationLifecycleTests.post(api, "litigant-b", path + "/agreement/confirmation",
				Map.of("password", TestApi.DEMO_PASSWORD), 200);
		String ended = started(api);
		MediationLifecycleTests.post(api, "mediator-0104", "/api/v1/mediation/mediations/" + ended + "/agreement",
				Map.of("markdown", "## 调解协议\n\n还款。"), 200);
		MediationLifecycleTests.post(api, "litigant-b", "/api/v1/mediation/mediations/" + ended + "/agreement/refusal",
				Map.of(), 200);
		started(api); // still open: not counted

		JsonNode after = api.get("/api/v1/mediation/statistics", api.token("filing-clerk-0104")).json();
		long[] orgBefore = counts(before.get("byOrganization"), ORGANIZATION);
		long[] orgAfter = counts(after.get("byOrganization"), ORGANIZATION);
		assertThat(orgAfter[0] - orgBefore[0]).isEqualTo(2);
		assertThat(orgAfter[1] - orgBefore[1]).isEqualTo(1);
		long[] causeBefore = counts(before.get("byCause"), CAUSE);
		long[] causeAfter = counts(after.get("byCause"), CAUSE);
		assertThat(causeAfter[0] - causeBefore[0]).isEqualTo(2);
		assertThat(causeAfter[1] - causeBefore[1]).isEqualTo(1);
		JsonNode org = null;
		for (JsonNode r : after.get("byOrganization")) {
			if (ORGANIZATION.equals(r.get("name").asString())) {
				org = r;
			}
		}
		assertThat(org.get("rate").asDouble())
			.isEqualTo(Math.round(orgAfter[1] * 1000.0 / orgAfter[0]) / 10.0);
		assertThat(after.get("total").get("ended").asLong()).isGreaterThanOrEqualTo(orgAfter[0]);
	}

	/** A diverted filing whose mediation mediator-0104 accepted. */
	private String started(TestApi api) {
		String id = MediationLifecycleTests.divertedMediation(api, MediationLifecycleTests.submittedFiling(api));
		String path = "/api/v1/mediation/mediations/" + id;
		MediationLifecycleTests.post(api, "filing-clerk-0104", path + "/designation",
				Map.of("mediatorId", MediationLifecycleTests.mediatorId(api, "mediator-0104")), 200);
		MediationLifecycleTests.post(api, "mediator-0104", path + "/acceptance", Map.of("accept", true), 200);
		return id;
	}
}
