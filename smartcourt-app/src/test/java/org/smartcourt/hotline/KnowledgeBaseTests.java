package org.smartcourt.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.hotline.internal.KnowledgeBase;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 知识库: seeded from reference data with sources, searchable in Chinese without spaces (best match first), public to
 * read, edited by the desk with a version check.
 */
@IntegrationTest
class KnowledgeBaseTests {

	@LocalServerPort
	int port;

	@Autowired
	KnowledgeBase knowledge;

	@Test
	void aChineseQuestionFindsTheSeededAnswerFirst() {
		assertThat(knowledge.search("诉讼费怎么交").get(0).topic()).isEqualTo("FEES");
		assertThat(knowledge.search("不服判决多久可以上诉？").get(0).code()).isEqualTo("trial-appeal-period");
		assertThat(knowledge.search("申请执行期限").get(0).code()).isEqualTo("enforcement-period");
		assertThat(knowledge.search("申请执行期限").get(0).source()).contains("第二百五十条");
		assertThat(knowledge.search("量子物理")).isEmpty();
	}

	@Test
	void thePublicSearchesWithoutSigningIn() {
		TestApi api = new TestApi(port);
		var found = api.get("/api/v1/public/hotline/knowledge?q=" + java.net.URLEncoder.encode("电子送达",
				java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get(0).get("code").asString()).isEqualTo("service-electronic");
		var page = api.getAny("/hotline/kb?q=" + java.net.URLEncoder.encode("上诉", java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("不服一审判决多久内可以上诉");
	}

	@Test
	void theDeskAddsAndEditsEntriesAndAStaleEditIsRefused() {
		TestApi api = new TestApi(port);
		String agent = api.token("hotline");
		var created = api.post("/api/v1/hotline/knowledge", agent, Map.of("topic", "OTHER", "title", "法院停车场在哪里？",
				"keywords", "停车 车位 导航", "body", "法院东侧设有当事人停车场。", "source", "本院服务承诺（本地配置）"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(knowledge.search("停车场").get(0).id().toString()).isEqualTo(id);

		Map<String, Object> edit = Map.of("topic", "OTHER", "title", "法院停车场在哪里？", "keywords", "停车 车位",
				"body", "法院东侧和北侧设有当事人停车场。", "source", "本院服务承诺（本地配置）", "version", 0);
		assertThat(api.put("/api/v1/hotline/knowledge/" + id, agent, edit).json().get("body").asString()).contains("北侧");
		assertThat(api.put("/api/v1/hotline/knowledge/" + id, agent, edit).status()).isEqualTo(409);

		var bad = api.post("/api/v1/hotline/knowledge", agent, Map.of("topic", "NONSENSE", "title", ""));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").size()).isGreaterThanOrEqualTo(3);
		assertThat(api.post("/api/v1/hotline/knowledge", api.token("litigant"), Map.of("topic", "OTHER", "title", "x",
				"body", "y", "source", "z")).status()).isEqualTo(403);
	}
}
