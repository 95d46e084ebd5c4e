package org.smartcourt.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.catalogue.SampleFiles;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 送达地址确认书: confirmed by the party on the portal or recorded by the court (scanned or with other evidence), each
 * change a new version, consent recorded with how it arose (在线诉讼规则 art. 29); only those acting for the party
 * confirm for it.
 */
@IntegrationTest
class ServiceAddressTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	TestApi api;
	ServiceTestCase c;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.ORDINARY);
	}

	@Test
	void thePartyConfirmsOnThePortalAndEveryChangeIsANewVersion() {
		Response first = c.confirmAddress("litigant", 1,
				Map.of("mobile", "13912345678", "postalAddress", "长春市朝阳区人民大街1号", "consent", true));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("form").asString()).isEqualTo("ONLINE");
		assertThat(first.json().get("basis").asString()).isEqualTo("EXPRESS");
		assertThat(first.json().get("platformAccount").asString()).isEqualTo("litigant");
		assertThat(first.json().get("coversDecisions").asBoolean()).isFalse();

		Response changed = c.confirmAddress("litigant", 1, Map.of("mobile", "13800000000", "consent", false));
		assertThat(changed.status()).isEqualTo(201);
		assertThat(changed.json().get("consent").asBoolean()).isFalse();

		Response history = api.get("/api/v1/service/cases/" + c.caseId() + "/parties/1/address", api.token("litigant"));
		assertThat(history.json()).hasSize(2);
		assertThat(history.json().get(0).get("mobile").asString()).as("newest first").isEqualTo("13800000000");
		assertThat(history.json().get(1).get("mobile").asString()).isEqualTo("13912345678");
		assertThat(c.count("select count(*) from audit_record where action = 'service.address.confirm' and target_id = ?",
				c.caseId())).isEqualTo(2);
	}

	@Test
	void wrongAddressesAreRefusedFieldByFieldInChinese() {
		Response refused = c.confirmAddress("litigant", 1, Map.of("mobile", "12345", "email", "not-an-email", "consent", true));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors")).hasSize(2);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mobile");
		assertThat(refused.json().get("errors").get(1).get("message").asString()).contains("电子邮箱");
		assertThat(c.count("select count(*) from service_address where case_id = ?::uuid", c.caseId())).isZero();
	}

	@Test
	void onlyAccountsActingForThePartyConfirmForIt() {
		assertThat(c.confirmAddress("litigant", 3, Map.of("consent", true)).status())
			.as("李四 is the other side").isEqualTo(404);
		assertThat(c.confirmAddress("lawyer", 1, Map.of("consent", true)).status())
			.as("a lawyer not in the case").isEqualTo(404);
		assertThat(api.get("/api/v1/service/cases/" + c.caseId() + "/parties/3/address", api.token("litigant")).status())
			.isEqualTo(404);
	}

	@Test
	void theCourtRecordsAScannedConfirmationOrOtherEvidenceOfConsent() throws Exception {
		Response noEvidence = c.confirmAddress("clerk-0104", 3,
				Map.of("mobile", "13700000003", "consent", true, "basis", "PRE_DISPUTE_AGREEMENT"));
		assertThat(noEvidence.status()).isEqualTo(400);
		assertThat(noEvidence.json().get("errors").get(0).get("field").asString()).isEqualTo("evidence");

		Response recorded = c.confirmAddress("clerk-0104", 3, Map.of("mobile", "13700000003", "consent", true, "basis",
				"PRE_DISPUTE_AGREEMENT", "evidence", "借款合同第十二条约定以手机号码13700000003接收诉讼文书"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("form").asString()).isEqualTo("RECORDED");
		assertThat(recorded.json().get("basis").asString()).isEqualTo("PRE_DISPUTE_AGREEMENT");

		Response scanned = api.upload("/api/v1/service/cases/" + c.caseId() + "/parties/3/address",
				api.token("clerk-0104"), "file", "送达地址确认书.pdf", SampleFiles.pdf(1, "address"),
				Map.of("mobile", "13700000003", "consent", "true", "coversDecisions", "true"));
		assertThat(scanned.status()).as(scanned.body()).isEqualTo(201);
		assertThat(scanned.json().get("form").asString()).isEqualTo("SCANNED");
		assertThat(scanned.json().get("scanSha256").asString()).hasSize(64);
		assertThat(scanned.json().get("coversDecisions").asBoolean()).isTrue();

		assertThat(c.confirmAddress("judge-b-0104", 3, Map.of("consent", true, "evidence", "电话确认")).status())
			.as("a judge outside the team").isEqualTo(403);
	}
}
