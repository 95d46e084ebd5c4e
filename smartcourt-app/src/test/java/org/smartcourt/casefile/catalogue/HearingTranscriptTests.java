package org.smartcourt.casefile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.casefile.catalogue.CasefileClient.eventually;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** A hearing's 庭审笔录 joins the 正卷 under 庭审笔录 once attached, and the parties may read it. */
@IntegrationTest
class HearingTranscriptTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAttachedTranscriptIsFiledAsHearingRecord() throws Exception {
		TestApi api = new TestApi(port);
		CasefileClient casefile = new CasefileClient(api);
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHANGCHUN,
				Procedure.SIMPLIFIED, "litigant", "judge", "assistant", "clerk");
		// a licence of its own, so no other test's hearing holds this lawyer
		jdbc.sql("update case_party set license_number = ? where case_id = ? and lawyer")
			.params(UUID.randomUUID().toString().substring(0, 17), c.id().value())
			.update();
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "TRIAL");
		body.put("start", now.plusMinutes(7).toString());
		body.put("end", now.plusMinutes(9).toString());
		body.put("online", true);
		body.put("meetingLink", "https://meeting.jlsfy.gov.cn/room/" + UUID.randomUUID());
		body.put("consentingParties", List.of(1, 3));
		String clerk = api.token("clerk");
		TestApi.Response scheduled = api.post("/api/v1/cases/" + c.id() + "/hearings", api.token("judge"), body);
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
		String hearing = scheduled.json().get("id").asString();
		Map<String, Object> held = new HashMap<>();
		held.put("actualStart", now.minusMinutes(40).toString());
		held.put("actualEnd", now.minusMinutes(5).toString());
		held.put("appeared", List.of(1, 3));
		assertThat(api.post("/api/v1/hearings/" + hearing + "/held", clerk, held).status()).isEqualTo(200);
		TestApi.Response transcript = api.upload("/api/v1/hearings/" + hearing + "/transcript", clerk, "file",
				"庭审笔录.pdf", SampleFiles.pdf(5, "transcript"), Map.of());
		assertThat(transcript.status()).as(transcript.body()).isEqualTo(200);

		JsonNode record = eventually(() -> casefile.materials(c.id().toString(), api.token("litigant"))
			.stream()
			.filter(m -> m.get("category").asString().equals("HEARING_RECORD"))
			.findFirst()
			.orElse(null));
		assertThat(record.get("title").asString()).startsWith("庭审笔录（").contains(now.minusMinutes(40).toLocalDate().toString());
		assertThat(record.get("pageCount").asInt()).isEqualTo(5);
		assertThat(record.get("source").asString()).isEqualTo("HEARING");
		assertThat(casefile.materials(c.id().toString(), api.token("judge")))
			.filteredOn(m -> m.get("category").asString().equals("HEARING_RECORD"))
			.as("taken in once, however often the catalogue is read")
			.hasSize(1);
	}
}
