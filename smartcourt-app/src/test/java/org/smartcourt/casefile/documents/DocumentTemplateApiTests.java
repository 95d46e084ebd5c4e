package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Templates as versioned data: all twelve are seeded; an IT administrator's save is a new version that new drafts
 * use; a template that cannot be filled is refused with a Chinese reason on the field and saves nothing; others may
 * not edit.
 */
@IntegrationTest
class DocumentTemplateApiTests {

	private static final String BASE = "/api/v1/document-templates";

	@LocalServerPort
	int port;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void allTwelveTemplatesAreThereForStaffButNotForParties() {
		Response list = api.get(BASE, api.token("judge-0104"));
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(12);
		assertThat(list.body()).contains("传票", "民事判决书", "延长审限审批表", "送达回证");
		assertThat(api.get(BASE, api.token("litigant")).status()).isEqualTo(403);
	}

	@Test
	void aSaveIsANewActiveVersionAndTheOldOneStays() {
		String admin = api.token("it-admin");
		Response before = api.get(BASE + "/service-receipt/versions", admin);
		int latest = before.json().get(0).get("version").asInt();
		String body = before.json().get(0).get("body").asString() + "\n附：本回证一式两份。\n";

		Response saved = api.post(BASE + "/service-receipt/versions", admin, Map.of("title", "送达回证", "body", body));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		assertThat(saved.json().get("version").asInt()).isEqualTo(latest + 1);
		assertThat(saved.json().get("active").asBoolean()).isTrue();

		Response after = api.get(BASE + "/service-receipt/versions", admin);
		assertThat(after.json().size()).isEqualTo(before.json().size() + 1);
		assertThat(after.json().get(1).get("active").asBoolean()).isFalse();
		assertThat(api.get(BASE + "/service-receipt/versions/" + latest, admin).json().get("body").asString())
			.doesNotContain("一式两份");
	}

	@Test
	void aBrokenTemplateIsRefusedWithAChineseFieldMessageAndNothingIsSaved() {
		String admin = api.token("it-admin");
		int versions = api.get(BASE + "/fee-notice/versions", admin).json().size();

		Response refused = api.post(BASE + "/fee-notice/versions", admin,
				Map.of("title", "交纳诉讼费用通知书", "body", "# [(${court.name})]\n[# th:each=\"p : ${parties}\"][(${p.name)]\n"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).startsWith("模板无法填充");

		Response unknownField = api.post(BASE + "/fee-notice/versions", admin,
				Map.of("title", "交纳诉讼费用通知书", "body", "案号：[(${case.numbr.length})]"));
		assertThat(unknownField.status()).isEqualTo(400);

		assertThat(api.get(BASE + "/fee-notice/versions", admin).json().size()).isEqualTo(versions);
	}

	@Test
	void onlyItAdministratorsSave() {
		Response refused = api.post(BASE + "/judgment/versions", api.token("judge-0104"),
				Map.of("title", "民事判决书", "body", "## 民事判决书"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("title").asString()).isEqualTo("无权修改文书模板");
	}

	@Test
	void aPreviewIsAPdfOfTheSampleCase() {
		Response preview = api.postRaw(BASE + "/summons/preview", api.token("it-admin"), "application/json", "{}");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(preview.body()).startsWith("%PDF-");
	}
}
