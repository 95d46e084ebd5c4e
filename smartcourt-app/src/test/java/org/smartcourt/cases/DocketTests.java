package org.smartcourt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A case's docket: registration opens it, entries are numbered in order, and parties never see court-only ones. */
@IntegrationTest
class DocketTests {

	private static final CourtId CHAOYANG = new CourtId("220104");

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Docket docket;

	@Autowired
	Cases cases;

	@Autowired
	PlatformTransactionManager transactions;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private RegisteredCase registerFiledBy(String filer) {
		return registry.register(new RegisterCase(CHAOYANG, "0301", null, Procedure.SIMPLIFIED, "9.20.1",
				UUID.randomUUID(), "张三诉李四民间借贷纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "张三", "220104198001011234"),
						CaseParty.agent(2, PartySide.PLAINTIFF, "赵律师", 1, true, "12201200010000001"),
						CaseParty.party(3, PartySide.DEFENDANT, "NATURAL_PERSON", "李四", null)),
				filer));
	}

	private void record(CaseId id, DocketEntryType type, Audience audience, String summary) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> docket.record(id, null,
				new NewDocketEntry(type, null, audience, summary, Map.of("k", "v"))));
	}

	@Test
	void registrationOpensTheDocketAndKeepsTheParties() {
		RegisteredCase registered = registerFiledBy("litigant");
		CaseOverview overview = cases.find(registered.id()).orElseThrow();
		assertThat(overview.stage()).isEqualTo(CaseStage.REGISTERED);
		assertThat(overview.filerUsername()).isEqualTo("litigant");
		assertThat(overview.partiesOnly()).extracting(CaseParty::name).containsExactly("张三", "李四");
		assertThat(overview.parties().get(1).represents()).isEqualTo(1);
		assertThat(docket.entries(registered.id())).singleElement().satisfies(e -> {
			assertThat(e.type()).isEqualTo(DocketEntryType.REGISTERED);
			assertThat(e.seq()).isEqualTo(1);
			assertThat(e.summary()).contains(registered.caseNumber().format()).contains("简易程序");
		});
	}

	@Test
	void aPartyNeverSeesCourtOnlyEntriesNorIdentityNumbersThroughTheApi() {
		RegisteredCase registered = registerFiledBy("litigant");
		record(registered.id(), DocketEntryType.INTERNAL_NOTE, Audience.COURT, "合议庭评议（内部）");
		record(registered.id(), DocketEntryType.SERVICE, null, "向被告送达起诉状副本");
		String path = "/api/v1/cases/" + registered.id() + "/docket";

		JsonNode partyView = api.get(path, api.token("litigant")).json();
		assertThat(partyView.findValuesAsString("type")).containsExactly("REGISTERED", "SERVICE");
		assertThat(partyView.toString()).doesNotContain("合议庭评议");

		JsonNode courtView = api.get(path, api.token("judge-0104")).json();
		assertThat(courtView.findValuesAsString("type")).containsExactly("REGISTERED", "INTERNAL_NOTE", "SERVICE");
		assertThat(courtView.findValuesAsString("seq")).containsExactly("1", "2", "3");

		TestApi.Response detail = api.get("/api/v1/cases/" + registered.id(), api.token("litigant"));
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("张三").doesNotContain("220104198001011234");
		assertThat(api.get("/api/v1/cases/" + registered.id(), api.token("judge-0104")).body())
			.contains("220104198001011234");
	}

	@Test
	void strangersAndOtherCourtsAreToldTheCaseDoesNotExist() {
		RegisteredCase registered = registerFiledBy("litigant");
		assertThat(api.get("/api/v1/cases/" + registered.id() + "/docket", api.token("lawyer")).status())
			.isEqualTo(404);
		// 长春中院 is above 朝阳区法院 and may read; 朝阳区法院 staff may not read 中院 cases (checked elsewhere).
		assertThat(api.get("/api/v1/cases/" + registered.id(), api.token("judge")).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/cases/mine", api.token("litigant")).body())
			.contains(registered.caseNumber().format());
		assertThat(api.get("/api/v1/cases/mine", api.token("lawyer")).body())
			.doesNotContain(registered.caseNumber().format());
	}

	@Test
	void aBlankSummaryIsRefusedAndRecordsNothing() {
		RegisteredCase registered = registerFiledBy(null);
		assertThatThrownBy(() -> record(registered.id(), DocketEntryType.SERVICE, null, " "))
			.isInstanceOf(DomainException.class);
		assertThat(docket.entries(registered.id())).hasSize(1);
	}
}
