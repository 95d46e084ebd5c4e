package org.smartcourt.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mediators see only their mediations, parties only theirs, filing clerks their court's; everyone else is told the
 * mediation does not exist. The desk, workbench and roster keep to roles.
 */
@IntegrationTest
class MediationAccessTests {

	@LocalServerPort
	int port;

	@Test
	void onlyTheClerksOfTheCourtTheDesignatedMediatorAndThePartiesSeeAMediation() {
		TestApi api = new TestApi(port);
		String id = MediationLifecycleTests.divertedMediation(api, MediationLifecycleTests.submittedFiling(api));
		String path = "/api/v1/mediation/mediations/" + id;
		assertThat(api.get(path, api.token("filing-clerk-0104")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("litigant")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("litigant-b")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("mediator-0104")).status()).as("not designated yet").isEqualTo(404);
		for (String outsider : new String[] { "filing-clerk", "mediator", "lawyer", "judge-0104", "it-admin" }) {
			assertThat(api.get(path, api.token(outsider)).status()).as(outsider).isEqualTo(404);
		}
		MediationLifecycleTests.post(api, "filing-clerk-0104", path + "/designation",
				Map.of("mediatorId", MediationLifecycleTests.mediatorId(api, "mediator-0104")), 200);
		assertThat(api.get(path, api.token("mediator-0104")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("mediator")).status()).isEqualTo(404);
		assertThat(api.post(path + "/acceptance", api.token("mediator"), Map.of("accept", true)).status())
			.isEqualTo(404);
		assertThat(api.post(path + "/designation", api.token("filing-clerk"),
				Map.of("mediatorId", MediationLifecycleTests.mediatorId(api, "mediator-0104"))).status())
			.as("another court's clerk").isEqualTo(404);
		assertThat(api.post(path + "/acceptance", api.token("litigant"), Map.of("accept", true)).status())
			.as("a party cannot accept for the mediator").isEqualTo(404);
		assertThat(api.get("/api/v1/mediation/mediations", api.token("mediator")).json().findValuesAsString("id"))
			.doesNotContain(id);
	}

	@Test
	void theDeskTheWorkbenchAndTheRosterKeepToRoles() {
		TestApi api = new TestApi(port);
		assertThat(api.get("/api/v1/mediation/diversions", api.token("litigant")).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/mediation/diversions", api.token("mediator")).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/mediation/statistics", api.token("litigant")).status()).isEqualTo(403);
		TestApi.Response organization = api.post("/api/v1/mediation/roster/organizations", api.token("mediator"),
				Map.of("name", "不应加入的组织", "specialties", java.util.List.of("GENERAL")));
		assertThat(organization.status()).isEqualTo(403);
		TestApi.Response invalid = api.post("/api/v1/mediation/roster/organizations", api.token("it-admin"),
				Map.of("name", "", "specialties", java.util.List.of()));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("name").contains("specialties");
	}
}
