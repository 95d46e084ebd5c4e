package org.smartcourt.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 邮寄, 直接, 留置, 委托 and 公告送达 on PostgreSQL: each takes effect on its day and goes on the case's docket. */
@IntegrationTest
class OtherMethodsTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private Response other(ServiceTestCase c, Map<String, Object> body) {
		return api.post("/api/v1/service/cases/" + c.caseId() + "/other-servings", api.token("clerk-0104"), body);
	}

	private static Map<String, Object> body(String documentId, int seq, String method, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("documentId", documentId, "partySeq", seq, "method", method));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return body;
	}

	@Test
	void postalServiceTakesEffectOnTheReturnReceiptsDate() throws Exception {
		ServiceTestCase c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		String today = ServiceTestCase.today().toString();
		Response noTracking = other(c, body(summons, 3, "POSTAL", "handedOverOn", today));
		assertThat(noTracking.status()).isEqualTo(400);
		assertThat(noTracking.json().get("errors").get(0).get("field").asString()).isEqualTo("reference");

		Response posted = other(c, body(summons, 3, "POSTAL", "reference", "EMS1234567890", "handedOverOn", today));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		assertThat(posted.json().get("status").asString()).isEqualTo("IN_PROGRESS");
		String id = posted.json().get("id").asString();

		Response receipt = api.post("/api/v1/service/servings/" + id + "/completion", api.token("clerk-0104"),
				Map.of("eventOn", today));
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
		assertThat(receipt.json().get("status").asString()).isEqualTo("EFFECTIVE");
		assertThat(receipt.json().get("effectiveOn").asString()).isEqualTo(today);
		assertThat(receipt.json().get("effectiveCitation").asString()).isEqualTo("《民事诉讼法》第九十一条");
		assertThat(c.count("select count(*) from document_service where document_id = ?::uuid and method = 'POSTAL'",
				summons)).isEqualTo(1);
		assertThat(api.post("/api/v1/service/servings/" + id + "/completion", api.token("clerk-0104"),
				Map.of("eventOn", today)).status()).as("settled").isEqualTo(409);
	}

	@Test
	void directServiceCountsFromTheSignatureAndLeavingItNeedsAWitnessOrAPhoto() throws Exception {
		ServiceTestCase c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		String today = ServiceTestCase.today().toString();
		Response signed = other(c, body(summons, 1, "PERSONAL", "eventOn", today));
		assertThat(signed.status()).as(signed.body()).isEqualTo(201);
		assertThat(signed.json().get("effectiveRule").asString()).isEqualTo("SIGNED");

		Response bare = other(c, body(summons, 3, "LEFT_AT_RESIDENCE", "eventOn", today));
		assertThat(bare.status()).isEqualTo(400);
		assertThat(bare.json().get("errors").get(0).get("message").asString()).contains("第八十九条");
		Response left = other(c, body(summons, 3, "LEFT_AT_RESIDENCE", "eventOn", today, "witness",
				"居委会王主任到场见证，受送达人拒收"));
		assertThat(left.status()).as(left.body()).isEqualTo(201);
		assertThat(left.json().get("effectiveOn").asString()).isEqualTo(today);
		assertThat(left.json().get("effectiveCitation").asString()).contains("第八十九条");

		String mediation = c.document("MEDIATION_STATEMENT", "民事调解书");
		Response refused = other(c, body(mediation, 3, "LEFT_AT_RESIDENCE", "eventOn", today, "witness", "拒收"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("第一百三十三条");
	}

	@Test
	void entrustedServiceNamesTheCourtAndCountsFromTheSignature() throws Exception {
		ServiceTestCase c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		Response entrusted = other(c, body(summons, 3, "ENTRUSTED", "reference", "吉林省长春市南关区人民法院"));
		assertThat(entrusted.status()).as(entrusted.body()).isEqualTo(201);
		assertThat(entrusted.json().get("status").asString()).isEqualTo("IN_PROGRESS");
		Response done = api.post("/api/v1/service/servings/" + entrusted.json().get("id").asString() + "/completion",
				api.token("clerk-0104"), Map.of("eventOn", ServiceTestCase.today().toString()));
		assertThat(done.json().get("effectiveRule").asString()).isEqualTo("ENTRUSTED");
	}

	@Test
	void announcementIsDeemedServedThirtyDaysLaterAndSixtyForAPartyAbroad() throws Exception {
		ServiceTestCase c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		String today = ServiceTestCase.today().toString();
		Response published = other(c, body(summons, 3, "PUBLICATION", "reference", "人民法院报", "eventOn", today));
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		assertThat(published.json().get("effectiveOn").asString())
			.isEqualTo(ServiceTestCase.today().plusDays(30).toString());
		assertThat(published.json().get("effectiveCitation").asString()).isEqualTo("《民事诉讼法》第九十五条");

		Response abroad = other(c, body(summons, 1, "PUBLICATION", "reference", "人民法院报", "eventOn", today, "abroad",
				true));
		assertThat(abroad.json().get("effectiveOn").asString()).isEqualTo(ServiceTestCase.today().plusDays(60).toString());
		assertThat(abroad.json().get("effectiveCitation").asString()).contains("第二百八十三条");
	}

	@Test
	void simpleProcedureRefusesAnnouncementAndNothingIsRecorded() throws Exception {
		ServiceTestCase c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.SIMPLIFIED);
		String summons = c.document("SUMMONS", "传票");
		Response refused = other(c, body(summons, 3, "PUBLICATION", "reference", "人民法院报", "eventOn",
				ServiceTestCase.today().toString()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("title").asString()).isEqualTo("简易程序案件不适用公告送达");
		assertThat(refused.json().get("detail").asString()).contains("第一百四十条");
		assertThat(c.count("select count(*) from serving where case_id = ?::uuid", c.caseId())).isZero();
	}
}
