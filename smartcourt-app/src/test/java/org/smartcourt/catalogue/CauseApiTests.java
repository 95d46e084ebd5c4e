package org.smartcourt.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The causes-of-action API and the filing wizard's cause picker, on the bundled 2020 catalogue. */
@IntegrationTest
class CauseApiTests {

	private static final String BASE = "/api/v1/catalogue/causes";

	@LocalServerPort
	int port;

	@Autowired
	Causes causes;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void rootsAreTheElevenPartsInCatalogueOrder() {
		TestApi.Response roots = api.get(BASE, api.token("litigant"));
		assertThat(roots.status()).isEqualTo(200);
		assertThat(names(roots.json())).hasSize(11)
			.startsWith("人格权纠纷", "婚姻家庭、继承纠纷", "物权纠纷", "合同、准合同纠纷")
			.endsWith("非讼程序案件案由", "特殊诉讼程序案件案由");
		assertThat(roots.json().get(3).get("code").asString()).isEqualTo("4");
		assertThat(roots.json().get(3).get("level").asInt()).isEqualTo(1);
	}

	@Test
	void childrenGoDownTheTreeInCatalogueOrder() {
		String token = api.token("judge");
		String contracts = code(api.get(BASE, token).json(), "合同、准合同纠纷");
		TestApi.Response groups = api.get(BASE + "/" + contracts + "/children", token);
		assertThat(groups.status()).isEqualTo(200);
		assertThat(names(groups.json())).containsExactly("合同纠纷", "不当得利纠纷", "无因管理纠纷");

		TestApi.Response contractCauses = api.get(BASE + "/" + code(groups.json(), "合同纠纷") + "/children", token);
		assertThat(names(contractCauses.json())).contains("买卖合同纠纷", "借款合同纠纷", "租赁合同纠纷", "建设工程合同纠纷",
				"物业服务合同纠纷", "房屋买卖合同纠纷", "服务合同纠纷");
		assertThat(contractCauses.json().get(0).get("parentCode").asString()).isEqualTo(code(groups.json(), "合同纠纷"));

		TestApi.Response loans = api.get(BASE + "/" + code(contractCauses.json(), "借款合同纠纷") + "/children", token);
		assertThat(names(loans.json())).contains("金融借款合同纠纷", "民间借贷纠纷");
		assertThat(api.get(BASE + "/" + code(loans.json(), "民间借贷纠纷") + "/children", token).json()).isEmpty();
	}

	@Test
	void searchFindsCausesByAnyPartOfTheirName() {
		String token = api.token("lawyer");
		TestApi.Response found = api.get(BASE + "?q=" + encode("借贷"), token);
		assertThat(found.status()).isEqualTo(200);
		assertThat(names(found.json())).contains("民间借贷纠纷");

		TestApi.Response many = api.get(BASE + "?q=" + encode("合同"), token);
		assertThat(many.json()).hasSize(20);
		TestApi.Response capped = api.get(BASE + "?q=" + encode("合同") + "&limit=500", token);
		assertThat(capped.json()).hasSize(20);
		assertThat(api.get(BASE + "?q=" + encode("合同") + "&limit=3", token).json()).hasSize(3);

		TestApi.Response exactFirst = api.get(BASE + "?q=" + encode("离婚纠纷"), token);
		assertThat(exactFirst.json().get(0).get("name").asString()).isEqualTo("离婚纠纷");
		assertThat(api.get(BASE + "?q=" + encode("%"), token).json()).isEmpty();
	}

	@Test
	void aCauseComesWithItsPathFromThePart() {
		String token = api.token("filing-clerk");
		String code = code(api.get(BASE + "?q=" + encode("民间借贷纠纷"), token).json(), "民间借贷纠纷");
		TestApi.Response cause = api.get(BASE + "/" + code, token);
		assertThat(cause.status()).isEqualTo(200);
		assertThat(cause.json().get("name").asString()).isEqualTo("民间借贷纠纷");
		assertThat(cause.json().get("level").asInt()).isEqualTo(4);
		assertThat(names(cause.json().get("path"))).containsExactly("合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "民间借贷纠纷");
		assertThat(cause.json().get("pathText").asString()).isEqualTo("合同、准合同纠纷 › 合同纠纷 › 借款合同纠纷 › 民间借贷纠纷");
		assertThat(cause.json().get("confidence").asString()).isIn("HIGH", "MEDIUM", "LOW");
		assertThat(causes.path(code)).extracting(CauseOfAction::level).containsExactly(1, 2, 3, 4);
	}

	@Test
	void anUnknownCodeIsNotFound() {
		String token = api.token("litigant");
		TestApi.Response unknown = api.get(BASE + "/99.99", token);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).contains("application/problem+json");
		assertThat(unknown.json().get("type").asString()).endsWith("/cause-not-found");
		assertThat(unknown.body()).contains("案由不存在");
		assertThat(api.get(BASE + "/99.99/children", token).status()).isEqualTo(404);
		assertThat(causes.find("99.99")).isEmpty();
		assertThat(causes.path("99.99")).isEmpty();
	}

	@Test
	void theApiIsDocumentedInChinese() {
		assertThat(api.get("/v3/api-docs", null).body()).contains("/api/v1/catalogue/causes/{code}/children",
				"案由 Causes of action", "第一级案由或按名称搜索案由", "查看案由");
	}

	@Test
	void theCatalogueIsForSignedInUsersOnly() {
		assertThat(api.get(BASE, null).status()).isEqualTo(401);
		assertThat(api.getAny("/catalogue/causes/picker?q=" + encode("借贷"), null).status()).isIn(302, 401);
	}

	@Test
	void pickerListsMatchesAsLabelledRadioInputsWithTheirPath() {
		WebSession browser = WebSession.signIn(port, "litigant");
		HttpResponse<String> picker = browser.get("/catalogue/causes/picker?q=" + encode("借贷"));
		assertThat(picker.statusCode()).isEqualTo(200);
		String html = picker.body();
		assertThat(html).doesNotContain("<html").contains("<fieldset").contains("<legend>选择案由</legend>");
		assertThat(html).contains("type=\"radio\"").contains("name=\"causeCode\"");
		Matcher input = Pattern.compile("id=\"(cause-option-\\d+)\" value=\"([0-9.]+)\"").matcher(html);
		assertThat(input.find()).isTrue();
		assertThat(html).contains("<label for=\"" + input.group(1) + "\">");
		assertThat(html).contains("民间借贷纠纷").contains("合同、准合同纠纷 › 合同纠纷 › 借款合同纠纷 › 民间借贷纠纷");

		HttpResponse<String> none = browser.get("/catalogue/causes/picker?q=" + encode("不存在的案由"));
		assertThat(none.body()).contains("没有名称包含「不存在的案由」的案由").doesNotContain("type=\"radio\"");
		HttpResponse<String> empty = browser.get("/catalogue/causes/picker");
		assertThat(empty.body()).contains("请输入案由名称中的文字");
	}

	private static List<String> names(JsonNode list) {
		List<String> names = new ArrayList<>();
		list.forEach(node -> names.add(node.get("name").asString()));
		return names;
	}

	private static String code(JsonNode list, String name) {
		for (JsonNode node : list) {
			if (node.get("name").asString().equals(name)) {
				return node.get("code").asString();
			}
		}
		throw new AssertionError(name + " not in " + list);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
