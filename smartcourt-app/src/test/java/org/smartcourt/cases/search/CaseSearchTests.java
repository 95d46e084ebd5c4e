package org.smartcourt.cases.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 案件查询 on PostgreSQL: by 案号, identity number and the beginning of a party's name; within the searcher's scope
 * (their court and the courts below); refused for litigants; bad input gives a Chinese field message; every search
 * is audited with the identity number masked.
 */
@IntegrationTest
class CaseSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	JdbcClient jdbc;

	private TestApi api;

	@BeforeEach
	void api() {
		api = new TestApi(port);
	}

	private final String marker = "检" + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 100000, 36);

	private RegisteredCase caseWith(String plaintiff, String idNumber, String defendant) {
		return registry.register(new RegisterCase(CaseFixtures.CHAOYANG, "0301", null, Procedure.SIMPLIFIED, "9.20.1",
				UUID.randomUUID(), plaintiff + "诉" + defendant + "民间借贷纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", plaintiff, idNumber),
						CaseParty.agent(2, PartySide.PLAINTIFF, marker + "律师", 1, true, "12201200010000001"),
						CaseParty.party(3, PartySide.DEFENDANT, "LEGAL_PERSON", defendant, null)),
				"litigant"));
	}

	private static String enc(String q) {
		return URLEncoder.encode(q, StandardCharsets.UTF_8);
	}

	private JsonNode search(String user, String q) {
		TestApi.Response r = api.get("/api/v1/cases/search?q=" + enc(q), api.token(user));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	@Test
	void findsByTheBeginningOfAPartysNameNewestFirstOneRowPerCase() {
		RegisteredCase first = caseWith(marker + "甲", null, marker + "有限公司");
		RegisteredCase second = caseWith(marker + "乙", null, "王五");

		JsonNode result = search("filing-clerk-0104", marker);

		assertThat(result.get("kind").asString()).isEqualTo("PARTY_NAME");
		assertThat(result.get("cases")).extracting(n -> n.get("id").asString())
			.containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
		JsonNode hit = result.get("cases").get(0);
		assertThat(hit.get("matchedParty").asString()).startsWith(marker);
		assertThat(hit.get("caseNumber").asString()).contains("吉0104民初");
		// agents' names are not parties' names
		assertThat(search("judge-0104", marker + "律师").get("cases")).isEmpty();
	}

	@Test
	void findsByIdNumberAndByCaseNumberAndTheAuditHidesTheNumber() {
		String id = "2201041985" + String.format("%07d", Math.abs(marker.hashCode()) % 10_000_000) + "X";
		RegisteredCase c = caseWith(marker + "丙", id, "赵六");

		JsonNode byId = search("judge-0104", id.toLowerCase());
		assertThat(byId.get("kind").asString()).isEqualTo("ID_NUMBER");
		assertThat(byId.get("cases")).extracting(n -> n.get("id").asString()).containsExactly(c.id().toString());
		assertThat(byId.get("cases").get(0).get("matchedSide").asString()).isEqualTo("PLAINTIFF");

		JsonNode byNumber = search("judge-0104", c.caseNumber().format().replace('（', '(').replace('）', ')'));
		assertThat(byNumber.get("kind").asString()).isEqualTo("CASE_NUMBER");
		assertThat(byNumber.get("cases")).extracting(n -> n.get("id").asString()).containsExactly(c.id().toString());

		assertThat(jdbc.sql("select detail from audit_record where action = 'case.search' and detail like ?")
			.param("%" + id.substring(id.length() - 4))
			.query(String.class)
			.list()).contains("ID_NUMBER 220104********" + id.substring(id.length() - 4))
			.noneMatch(d -> d.contains(id));
	}

	@Test
	void aSearcherSeesTheCourtsBelowButNotAbove() {
		RegisteredCase chaoyang = caseWith(marker + "丁", null, "钱七");
		// 长春中院 (吉01) is above 朝阳区法院 (吉0104)
		assertThat(search("judge", marker + "丁").get("cases")).extracting(n -> n.get("id").asString())
			.containsExactly(chaoyang.id().toString());
		RegisteredCase changchun = registry.register(new RegisterCase(CaseFixtures.CHANGCHUN, "0301", null,
				Procedure.ORDINARY, "9.20.1", UUID.randomUUID(), marker + "戊诉孙八",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", marker + "戊", null)), "litigant"));
		assertThat(search("judge-0104", marker + "戊").get("cases")).isEmpty();
		assertThat(search("judge", marker + "戊").get("cases")).extracting(n -> n.get("id").asString())
			.containsExactly(changchun.id().toString());
	}

	@Test
	void badInputGetsAChineseFieldMessageAndLitigantsAreRefused() {
		TestApi.Response tooShort = api.get("/api/v1/cases/search?q=%E5%BC%A0", api.token("judge-0104"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("\"q\"", "当事人名称的开头");

		TestApi.Response badNumber = api.get("/api/v1/cases/search?q=" + enc("（2026）吉0104民初甲号"), api.token("judge-0104"));
		assertThat(badNumber.status()).isEqualTo(400);
		assertThat(badNumber.body()).contains("\"q\"");

		assertThat(api.get("/api/v1/cases/search?q=" + marker, api.token("litigant")).status()).isEqualTo(403);
	}

	@Test
	void thePageShowsResultsAndFieldErrors() {
		RegisteredCase c = caseWith(marker + "己", null, "周九");
		WebSession clerk = WebSession.signIn(port, "filing-clerk-0104");

		String page = clerk.get("/cases/search?q=" + enc(marker + "己")).body();
		assertThat(page).contains("查到 1 件（按当事人名称）", c.caseNumber().format(), marker + "己（原告）");

		String refused = clerk.get("/cases/search?q=x").body();
		assertThat(refused).contains("id=\"q-error\"", "aria-invalid=\"true\"");
	}
}
