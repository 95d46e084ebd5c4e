package org.smartcourt.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The case-type catalogue loaded from reference/catalogue/*.csv, through {@link CaseTypes} and the API. */
@IntegrationTest
class CaseTypeCatalogueTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@LocalServerPort
	int port;

	@Autowired
	CaseTypes caseTypes;

	@Autowired
	JdbcClient jdbc;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void loadsEveryRowOfTheReferenceFileWithItsVersion() {
		assertThat(jdbc.sql("select count(*) from case_type").query(Long.class).single()).isEqualTo(170);
		assertThat(jdbc.sql("select count(*) from case_type where type_code is null").query(Long.class).single())
			.isEqualTo(12);
		assertThat(jdbc.sql("select version from reference_data_version where dataset = 'case-types'")
			.query(String.class)
			.single()).isEqualTo("2026-11-29.1");
	}

	@Test
	void categoriesCarryTheirTypeCodesAndLeaveOutGroupHeaders() {
		assertThat(caseTypes.category("0301", TODAY)).get().extracting(CaseCategory::typeCode).isEqualTo("民初");
		assertThat(caseTypes.category("0210", TODAY)).get().extracting(CaseCategory::typeCode).isEqualTo("刑核");
		assertThat(caseTypes.category("0300", TODAY)).get().matches(CaseCategory::isGroupHeader);
		List<CaseCategory> all = caseTypes.categories(TODAY);
		assertThat(all).noneMatch(CaseCategory::isGroupHeader);
		assertThat(all).extracting(CaseCategory::code).isSorted();
		assertThat(all).filteredOn(c -> "民特".equals(c.typeCode())).extracting(CaseCategory::code)
			.containsExactly("0310", "0311", "0312", "0313", "0314", "0315", "0316", "0317", "0318", "0319", "0320",
					"0321", "0322");
	}

	@Test
	void preSuitMediationCodesStartIn2022() {
		assertThat(caseTypes.isTypeCodeInForce("诉前调确", LocalDate.of(2021, 12, 31))).isFalse();
		assertThat(caseTypes.isTypeCodeInForce("诉前调确", LocalDate.of(2022, 1, 1))).isTrue();
		assertThat(caseTypes.isTypeCodeInForce("诉前调书", LocalDate.of(2022, 1, 1))).isTrue();
		assertThat(caseTypes.category("9901", TODAY)).get().extracting(CaseCategory::typeCode).isEqualTo("民诉前调");
		// old case numbers are still readable
		assertThat(caseTypes.typeCodes()).contains("诉前调确", "民诉前调", "民特", "执", "破", "刑医解", "澳请调");
	}

	@Test
	void theIntellectualPropertyCodeStartsIn2019() {
		assertThat(caseTypes.isSpecialTrialCode("知", LocalDate.of(2018, 12, 31))).isFalse();
		assertThat(caseTypes.isSpecialTrialCode("知", LocalDate.of(2019, 1, 1))).isTrue();
		assertThat(caseTypes.specialTrialCodes()).containsExactly("知");
	}

	@Test
	void anySignedInUserReadsTheCatalogueOfADay() {
		TestApi.Response response = api.get("/api/v1/catalogue/case-types?on=2026-11-29", api.token("litigant"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("on").asString()).isEqualTo("2026-11-29");
		assertThat(response.json().get("version").asString()).isEqualTo("2026-11-29.1");
		List<String> codes = new ArrayList<>();
		JsonNode civil = null;
		JsonNode header = null;
		for (JsonNode t : response.json().get("caseTypes")) {
			codes.add(t.get("code").asString());
			if ("0301".equals(t.get("code").asString())) {
				civil = t;
			}
			if ("0300".equals(t.get("code").asString())) {
				header = t;
			}
		}
		assertThat(codes).contains("0100", "0301", "1114", "9901", "9902", "9903").hasSize(170);
		assertThat(civil.get("typeCode").asString()).isEqualTo("民初");
		assertThat(civil.get("basis").asString()).isEqualTo("CONFIRMED");
		assertThat(header.get("groupHeader").asBoolean()).isTrue();
		assertThat(header.get("typeCode").isNull()).isTrue();
		assertThat(response.json().get("specialTrialCodes").get(0).get("code").asString()).isEqualTo("知");
	}

	@Test
	void anEarlierDayHasNeitherTheNewCodesNorTheSpecialCode() {
		TestApi.Response response = api.get("/api/v1/catalogue/case-types?on=2018-06-01", api.token("judge"));
		assertThat(response.status()).isEqualTo(200);
		List<String> typeCodes = new ArrayList<>();
		response.json().get("caseTypes").forEach(t -> typeCodes.add(t.get("typeCode").asString()));
		assertThat(typeCodes).contains("民初", "民特").doesNotContain("诉前调确", "诉前调书");
		assertThat(response.json().get("specialTrialCodes")).isEmpty();
	}

	@Test
	void theCatalogueAndCaseNumberApisAreDocumented() {
		String docs = api.get("/v3/api-docs", null).body();
		assertThat(docs).contains("/api/v1/catalogue/case-types", "/api/v1/case-numbers/parse",
				"/api/v1/cases/by-number", "案件类型及类型代字", "解析案号");
	}

	@Test
	void needsASignInAndAValidDate() {
		assertThat(api.get("/api/v1/catalogue/case-types", null).status()).isEqualTo(401);
		TestApi.Response bad = api.get("/api/v1/catalogue/case-types?on=29.11.2026", api.token("judge"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).contains("application/problem+json");
	}
}
