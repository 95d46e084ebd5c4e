package org.smartcourt.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.filing.FilingFixtures;
import org.smartcourt.mediation.internal.MediationClock;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.WebSession;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The mediation clocks on the holiday calendar (国庆节 2026: 10-01 to 10-07 rest, 10-10 a working Saturday) and the
 * extension after filing: in force only with every party's consent, and only the extended part is excluded from the
 * case's 审限.
 */
@IntegrationTest
class MediationClockTests {

	static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 30);

	@LocalServerPort
	int port;

	@Autowired
	MediationClock clock;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void designationAcceptanceAndJointChoiceCountWorkingDaysAcrossNationalDay() {
		// 10-08 Thu, 10-09 Fri, 10-10 the working Saturday
		assertThat(clock.designation(BEFORE_NATIONAL_DAY).date()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(clock.designation(BEFORE_NATIONAL_DAY).explanation()).contains("第十条");
		assertThat(clock.acceptance(BEFORE_NATIONAL_DAY).date()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(clock.acceptance(BEFORE_NATIONAL_DAY).explanation()).contains("第十二条");
		assertThat(clock.jointChoice(BEFORE_NATIONAL_DAY).date()).isEqualTo(LocalDate.of(2026, 10, 9));
		// an ordinary week: Monday + 3 working days = Thursday
		assertThat(clock.designation(LocalDate.of(2026, 11, 23)).date()).isEqualTo(LocalDate.of(2026, 11, 26));
	}

	@Test
	void thePeriodsRunFromAcceptance30DaysBeforeFiling15And7After() {
		assertThat(clock.period(MediationKind.PRE_SUIT, null, BEFORE_NATIONAL_DAY).date())
			.isEqualTo(LocalDate.of(2026, 10, 30));
		assertThat(clock.period(MediationKind.PRE_SUIT, null, BEFORE_NATIONAL_DAY).explanation()).contains("第二十四条");
		// 15 days from 09-20 end on 10-05, a holiday: the last day moves to 10-08
		assertThat(clock.period(MediationKind.ENTRUSTED, Procedure.ORDINARY, LocalDate.of(2026, 9, 20)).date())
			.isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(clock.period(MediationKind.ENTRUSTED, Procedure.ORDINARY, LocalDate.of(2026, 11, 2)).date())
			.isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(clock.period(MediationKind.ENTRUSTED, Procedure.SIMPLIFIED, LocalDate.of(2026, 11, 2)).date())
			.isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(clock.confirmationApplication(LocalDate.of(2026, 11, 2)).date())
			.isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(clock.specialProcedure(LocalDate.of(2026, 11, 2)).explanation()).contains("第一百八十七条");
	}

	@Test
	void anExtensionNeedsEveryPartyAndOnlyTheExtendedPartLeavesTheTrialPeriod() {
		TestApi api = new TestApi(port);
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		WebSession judge = WebSession.signIn(port, "judge-0104");
		assertThat(judge.get("/cases/" + c.id()).body()).contains("id=\"case-entrust\"");
		HttpResponse<String> entrusted = judge.post("/mediation/cases/" + c.id() + "/entrust", Map.of());
		assertThat(entrusted.statusCode()).isEqualTo(302);
		String casePage = judge.get("/cases/" + c.id()).body();
		assertThat(casePage).contains("立案后委托调解").doesNotContain("id=\"case-entrust\"");
		assertThat(api.post("/api/v1/mediation/cases/" + c.id() + "/entrust", api.token("judge-0104"), Map.of())
			.status()).as("one open mediation per case").isEqualTo(409);
		String id = null;
		for (JsonNode x : api.get("/api/v1/mediation/mediations", api.token("filing-clerk-0104")).json()) {
			if (c.id().toString().equals(x.get("mediation").get("caseId").asString())) {
				id = x.get("mediation").get("id").asString();
			}
		}
		String path = "/api/v1/mediation/mediations/" + id;
		MediationLifecycleTests.post(api, "filing-clerk-0104", path + "/parties/3/account",
				Map.of("username", "litigant-b"), 200);
		MediationLifecycleTests.post(api, "filing-clerk-0104", path + "/designation",
				Map.of("mediatorId", MediationLifecycleTests.mediatorId(api, "mediator-0104")), 200);
		JsonNode m = MediationLifecycleTests.post(api, "mediator-0104", path + "/acceptance", Map.of("accept", true),
				200).get("mediation");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(m.get("dueOn").asString())
			.isEqualTo(clock.period(MediationKind.ENTRUSTED, Procedure.SIMPLIFIED, today).date().toString());

		// as if accepted a week ago: the original period ended yesterday
		jdbc.sql("update mediation set accepted_on = ?, original_due = ?, due_on = ? where id = ?")
			.params(Date.valueOf(today.minusDays(8)), Date.valueOf(today.minusDays(1)),
					Date.valueOf(today.minusDays(1)), UUID.fromString(id))
			.update();
		LocalDate until = today.plusDays(9);
		MediationLifecycleTests.post(api, "mediator-0104", path + "/extensions",
				Map.of("until", until.toString(), "reason", "双方希望继续协商还款方案"), 200);
		m = MediationLifecycleTests.post(api, "litigant", path + "/extensions/consent", Map.of(), 200)
			.get("mediation");
		assertThat(m.get("dueOn").asString()).as("one party is not enough").isEqualTo(today.minusDays(1).toString());
		TestApi.Response written = api.upload(path + "/extensions/written-consent", api.token("mediator-0104"), "file",
				"李四同意延长.pdf", FilingFixtures.PDF, Map.of("partySeq", "3"));
		assertThat(written.status()).as(written.body()).isEqualTo(200);
		m = written.json().get("mediation");
		assertThat(m.get("dueOn").asString()).isEqualTo(until.toString());
		assertThat(m.get("extensions").get(0).get("consents").findValuesAsString("method"))
			.containsExactly("ONLINE", "WRITTEN");

		MediationLifecycleTests.post(api, "mediator-0104", path + "/ending",
				Map.of("ground", "IRRECONCILABLE", "note", "双方对还款期限分歧较大。"), 200);
		JsonNode caseClock = api.get("/api/v1/cases/" + c.id() + "/clock", api.token("judge-0104")).json();
		List<JsonNode> exclusions = new java.util.ArrayList<>();
		caseClock.get("exclusions").forEach(exclusions::add);
		assertThat(exclusions).as(caseClock.toString()).singleElement().satisfies(e -> {
			assertThat(e.get("from").asString()).isEqualTo(today.toString());
			assertThat(e.get("to").asString()).isEqualTo(today.toString());
		});
	}
}
