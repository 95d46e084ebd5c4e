package org.smartcourt.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

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

/**
 * Identity check before case details (issue 8): a caller learns about a case only as its party or agent, checked by
 * name + ID number (or a lawyer's 执业证号) on the phone, or by the signed-in account on the portal. A failed check
 * says nothing about the case, not even whether it exists, and is recorded.
 */
@IntegrationTest
class IdentityCheckTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPartyNamedWithTheIdNumberOnTheCaseHearsTheCaseStatus() {
		RegisteredCase c = fixtures().chaoyangCaseWithLawyer();
		TestApi api = new TestApi(port);
		var checked = api.post("/api/v1/hotline/identity-checks", api.token("hotline"),
				Map.of("caseNumber", c.caseNumber().format(), "name", "张三", "idNumber", "220104198001011234"));
		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.json().get("verified").asBoolean()).isTrue();
		assertThat(checked.json().get("caseStatus").get("caseNumber").asString()).isEqualTo(c.caseNumber().format());
		assertThat(checked.json().get("caseStatus").get("judgeName").asString()).isEqualTo("沈法官");
		assertThat(checked.json().get("caseStatus").get("stageName").asString()).isNotBlank();
		assertThat(passedChecks(c)).isEqualTo(1);
	}

	@Test
	void aLawyerIsCheckedByTheLicenceNumber() {
		RegisteredCase c = fixtures().chaoyangCaseWithLawyer();
		TestApi api = new TestApi(port);
		var checked = api.post("/api/v1/hotline/identity-checks", api.token("hotline"),
				Map.of("caseNumber", c.caseNumber().format(), "name", "赵律师", "idNumber", "12201200010000001"));
		assertThat(checked.json().get("verified").asBoolean()).isTrue();
	}

	@Test
	void aWrongIdNumberAndAnUnknownCaseGetTheSameAnswerAndBothAreRecorded() {
		RegisteredCase c = fixtures().chaoyangCaseWithLawyer();
		TestApi api = new TestApi(port);
		String agent = api.token("hotline");
		var wrong = api.post("/api/v1/hotline/identity-checks", agent,
				Map.of("caseNumber", c.caseNumber().format(), "name", "张三", "idNumber", "220104198001019999"));
		var wrongName = api.post("/api/v1/hotline/identity-checks", agent,
				Map.of("caseNumber", c.caseNumber().format(), "name", "张四", "idNumber", "220104198001011234"));
		var unknown = api.post("/api/v1/hotline/identity-checks", agent,
				Map.of("caseNumber", "（2026）吉0104民初999999号", "name", "张三", "idNumber", "220104198001011234"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.json().get("verified").asBoolean()).isFalse();
		assertThat(wrong.json().get("caseStatus").isNull()).isTrue();
		assertThat(wrong.body()).doesNotContain("民间借贷").doesNotContain("沈法官");
		assertThat(wrongName.body()).isEqualTo(wrong.body());
		assertThat(unknown.body()).as("existence does not leak").isEqualTo(wrong.body());
		assertThat(jdbc.sql("""
				select count(*) from hotline_identity_check
				 where case_number = ? and not passed and case_id is null and checked_by = 'hotline'""")
			.param(c.caseNumber().format())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from hotline_identity_check where case_number = '（2026）吉0104民初999999号' and not passed")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aMessageToTheJudgeFromAnUnverifiedCallerIsRefusedWithoutSayingWhyAboutTheCase() {
		RegisteredCase c = fixtures().chaoyangCaseWithLawyer();
		TestApi api = new TestApi(port);
		Map<String, Object> body = new HashMap<>(Map.of("kind", "CONTACT_JUDGE", "intake", "PHONE", "caseNumber",
				c.caseNumber().format(), "callerName", "张三", "callerPhone", "13900001111", "callerIdNumber",
				"110101199001011234", "subject", "冒名留言", "content", "我想知道案件进展"));
		var refused = api.post("/api/v1/hotline/requests", api.token("hotline"), body);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("type").asString()).endsWith("/hotline-identity-not-verified");
		assertThat(refused.json().get("title").asString()).isEqualTo("身份核验未通过");
		assertThat(refused.body()).doesNotContain("沈法官");
		assertThat(jdbc.sql("select count(*) from hotline_request where subject = '冒名留言' and case_number = ?")
			.param(c.caseNumber().format())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from hotline_identity_check where case_number = ? and not passed")
			.param(c.caseNumber().format())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUnverifiedCaseInquiryIsRecordedButTellsNothing() {
		RegisteredCase c = fixtures().chaoyangCaseWithLawyer();
		TestApi api = new TestApi(port);
		var inquiry = api.post("/api/v1/hotline/requests", api.token("hotline"),
				Map.of("kind", "CASE_INQUIRY", "intake", "PHONE", "caseNumber", c.caseNumber().format(), "callerName",
						"路人甲", "callerPhone", "13900002222", "subject", "查询案件进展", "content", "想问问案子到哪一步了"));
		assertThat(inquiry.status()).isEqualTo(201);
		assertThat(inquiry.json().get("verified").asBoolean()).isFalse();
		assertThat(inquiry.json().get("caseStatus").isNull()).isTrue();
		assertThat(inquiry.body()).doesNotContain("沈法官").doesNotContain("民间借贷");
		var read = api.get("/api/v1/hotline/requests/" + inquiry.json().get("id").asString(), api.token("hotline"));
		assertThat(read.json().get("caseStatus").isNull()).isTrue();
	}

	@Test
	void onThePortalTheSignedInPartyIsVerifiedAndAStrangerIsNot() {
		RegisteredCase own = fixtures().chaoyangCaseWithLawyer();
		RegisteredCase other = fixtures().registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "filing-clerk",
				"judge-0104", null, null);
		TestApi api = new TestApi(port);
		String lawyer = api.token("lawyer");
		var mine = api.post("/api/v1/hotline/requests", lawyer, Map.of("kind", "CASE_INQUIRY", "caseNumber",
				own.caseNumber().format(), "subject", "案件进展", "content", "请告知下次开庭时间"));
		assertThat(mine.status()).isEqualTo(201);
		assertThat(mine.json().get("intake").asString()).isEqualTo("ONLINE");
		assertThat(mine.json().get("caseStatus").get("judgeName").asString()).isEqualTo("沈法官");
		var notMine = api.post("/api/v1/hotline/requests", lawyer, Map.of("kind", "CASE_INQUIRY", "caseNumber",
				other.caseNumber().format(), "subject", "案件进展", "content", "请告知下次开庭时间"));
		assertThat(notMine.status()).isEqualTo(201);
		assertThat(notMine.json().get("caseStatus").isNull()).isTrue();
	}

	@Test
	void onlyTheDeskMayCheckIdentities() {
		RegisteredCase c = fixtures().chaoyangCaseWithLawyer();
		TestApi api = new TestApi(port);
		var refused = api.post("/api/v1/hotline/identity-checks", api.token("litigant"),
				Map.of("caseNumber", c.caseNumber().format(), "name", "张三", "idNumber", "220104198001011234"));
		assertThat(refused.status()).isEqualTo(403);
	}

	private long passedChecks(RegisteredCase c) {
		return jdbc.sql("select count(*) from hotline_identity_check where case_id = ? and passed")
			.param(c.id().value())
			.query(Long.class)
			.single();
	}

	private CaseFixtures fixtures() {
		return new CaseFixtures(registry, staffing, jdbc);
	}
}
