package org.smartcourt.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.notification.Notices;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Routing (分派): 联系法官 to the case's 承办法官 (and into the 12368 待办 of the judge's team), complaints to the
 * 庭长 or 院长, questions to the desk; then the answer reaches the requester, the desk calls back and closes, and the
 * requester rates. Every step is on the trail; wrong moves are refused with Problem Details.
 */
@IntegrationTest
class RoutingTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notices notices;

	@Autowired
	AccountDirectory accounts;

	@Test
	void aMessageToTheJudgeReachesTheJudgeAndTheAnswerReachesTheRequester() throws InterruptedException {
		RegisteredCase c = chaoyangCaseOfLitigant();
		TestApi api = new TestApi(port);
		String agent = api.token("hotline");
		var created = api.post("/api/v1/hotline/requests", agent, contactJudge(c, "请法官联系我"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("number").asString()).startsWith("12368-吉0104-");
		assertThat(created.json().get("courtId").asString()).isEqualTo("220104");
		assertThat(created.json().get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(created.json().get("assignee").asString()).isEqualTo("judge-0104");
		assertThat(created.json().get("targetWorkingDays").asInt()).isEqualTo(3);
		assertThat(created.json().get("targetSource").asString()).contains("本地配置");

		assertThat(ids(api.get("/api/v1/hotline/todo", api.token("judge-0104")).json())).contains(id);
		assertThat(ids(api.get("/api/v1/hotline/todo", api.token("assistant-0104")).json())).contains(id);
		assertThat(ids(api.get("/api/v1/hotline/todo", api.token("judge-b-0104")).json())).doesNotContain(id);
		assertThat(api.get("/api/v1/hotline/requests/" + id, api.token("judge-b-0104")).status()).isEqualTo(404);

		String judge = api.token("judge-0104");
		assertThat(api.post("/api/v1/hotline/requests/" + id + "/start", judge, Map.of()).json().get("status").asString())
			.isEqualTo("IN_PROGRESS");
		var answered = api.post("/api/v1/hotline/requests/" + id + "/answer", judge, Map.of("answer", "本周五下午三点电话联系您"));
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
		assertThat(api.post("/api/v1/hotline/requests/" + id + "/answer", judge, Map.of("answer", "再答一次")).status())
			.isEqualTo(409);

		String litigant = api.token("litigant");
		var mine = api.get("/api/v1/hotline/requests", litigant);
		assertThat(ids(mine.json())).contains(id);
		assertThat(notices.latest(accounts.idOf("litigant").orElseThrow(), 20))
			.anySatisfy(n -> assertThat(n.body()).contains("本周五下午三点电话联系您"));
		assertThat(deliveredVia(api, litigant, id)).isEqualTo("IN_APP");

		var rated = api.post("/api/v1/hotline/requests/" + id + "/rating", litigant, Map.of("satisfaction", 5, "comment", "很及时"));
		assertThat(rated.status()).isEqualTo(200);
		assertThat(rated.json().get("satisfaction").asInt()).isEqualTo(5);
		assertThat(api.post("/api/v1/hotline/requests/" + id + "/rating", litigant, Map.of("satisfaction", 4)).status())
			.isEqualTo(409);

		assertThat(api.post("/api/v1/hotline/requests/" + id + "/callback", agent, Map.of("note", "当事人确认法官已来电"))
			.json().get("status").asString()).isEqualTo("CALLED_BACK");
		assertThat(api.post("/api/v1/hotline/requests/" + id + "/close", agent, Map.of("note", "办结")).json()
			.get("status").asString()).isEqualTo("CLOSED");
		var trail = api.get("/api/v1/hotline/requests/" + id, agent).json().get("steps");
		List<String> statuses = new ArrayList<>();
		trail.forEach(s -> statuses.add(s.get("status").asString()));
		assertThat(statuses).containsExactly("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ANSWERED", "CALLED_BACK", "CLOSED");
		trail.forEach(s -> assertThat(s.get("at").asString()).isNotBlank());
		assertThat(jdbc.sql("select count(*) from audit_record where target_id = ? and action like 'hotline.request.%'")
			.param(id).query(Long.class).single()).isEqualTo(7);
	}

	@Test
	void theAnswerReachesACallerWithoutAnAccountBySmsAndTheDeliveryIsRecorded() throws InterruptedException {
		TestApi api = new TestApi(port);
		String agent = api.token("hotline");
		var question = api.post("/api/v1/hotline/requests", agent, Map.of("kind", "CONSULTATION", "callerName", "冯十二",
				"callerPhone", "13900008888", "subject", "开庭要带什么", "content", "开庭需要带哪些材料"));
		String id = question.json().get("id").asString();
		assertThat(api.post("/api/v1/hotline/requests/" + id + "/answer", agent, Map.of("answer", "请携带身份证件和证据原件"))
			.status()).isEqualTo(200);
		assertThat(deliveredVia(api, agent, id)).isEqualTo("SMS");
	}

	/** The notification service reports delivery after commit, so wait for it a little. */
	private static String deliveredVia(TestApi api, String token, String id) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			JsonNode r = api.get("/api/v1/hotline/requests/" + id, token).json();
			if (!r.get("answerDeliveredVia").isNull()) {
				return r.get("answerDeliveredVia").asString();
			}
			Thread.sleep(200);
		}
		return null;
	}

	@Test
	void complaintsGoToTheDivisionHeadOfTheCaseOrElseThePresident() {
		RegisteredCase c = chaoyangCaseOfLitigant();
		TestApi api = new TestApi(port);
		String agent = api.token("hotline");
		Map<String, Object> aboutCase = contactJudge(c, "投诉承办人员态度");
		aboutCase.put("kind", "COMPLAINT");
		assertThat(api.post("/api/v1/hotline/requests", agent, aboutCase).json().get("assignee").asString())
			.isEqualTo("division-head-0104");
		var general = api.post("/api/v1/hotline/requests", agent, Map.of("kind", "COMPLAINT", "courtId", "220104",
				"callerName", "钱七", "callerPhone", "13900003333", "subject", "投诉大厅排队", "content", "诉讼服务大厅排队时间太长"));
		assertThat(general.json().get("assignee").asString()).isEqualTo("president-0104");
		assertThat(general.json().get("targetWorkingDays").asInt()).isEqualTo(10);
	}

	@Test
	void questionsStayWithTheDeskWhichAnswersOrForwardsThem() {
		TestApi api = new TestApi(port);
		String agent = api.token("hotline");
		var question = api.post("/api/v1/hotline/requests", agent, Map.of("kind", "CONSULTATION", "callerName", "孙八",
				"callerPhone", "13900004444", "subject", "诉讼费怎么交", "content", "起诉后诉讼费怎么交"));
		String id = question.json().get("id").asString();
		assertThat(question.json().get("status").asString()).isEqualTo("RECEIVED");
		assertThat(question.json().get("assignee").isNull()).isTrue();
		assertThat(ids(api.get("/api/v1/hotline/queue", agent).json().get("fresh"))).contains(id);
		var forwarded = api.post("/api/v1/hotline/requests/" + id + "/forward", agent,
				Map.of("assignee", "filing-clerk", "note", "请立案庭答复"));
		assertThat(forwarded.json().get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(forwarded.json().get("assigneeName").asString()).isEqualTo("刘立案");
		var nobody = api.post("/api/v1/hotline/requests/" + id + "/forward", agent, Map.of("assignee", "no-such-user"));
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.json().get("errors").get(0).get("field").asString()).isEqualTo("assignee");
	}

	@Test
	void badInputGetsFieldErrorsInChineseAndARetriedPostCreatesOneRequest() {
		TestApi api = new TestApi(port);
		String agent = api.token("hotline");
		var bad = api.post("/api/v1/hotline/requests", agent, Map.of("kind", "CONTACT_JUDGE", "intake", "PHONE"));
		assertThat(bad.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("caseNumber", "callerName", "callerPhone", "subject", "content");
		assertThat(bad.json().get("errors").get(0).get("message").asString()).matches(".*\\p{IsHan}.*");

		Map<String, Object> body = Map.of("kind", "SUGGESTION", "callerName", "周九", "callerPhone", "13900005555",
				"subject", "建议增加停车位", "content", "法院门口停车难");
		String key = "call-" + System.nanoTime();
		var first = api.postWithHeader("/api/v1/hotline/requests", agent, body, "Idempotency-Key", key);
		var again = api.postWithHeader("/api/v1/hotline/requests", agent, body, "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(jdbc.sql("select count(*) from hotline_request where idempotency_key = ?").param(key)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aFilingClerkRecordsVisitsAtTheServiceHallOnly() {
		TestApi api = new TestApi(port);
		String clerk = api.token("filing-clerk-0104");
		Map<String, Object> visit = new HashMap<>(Map.of("kind", "CONSULTATION", "callerName", "陈十三", "subject",
				"立案窗口在哪", "content", "来大厅问立案窗口"));
		var hall = api.post("/api/v1/hotline/requests", clerk, visit);
		assertThat(hall.status()).isEqualTo(201);
		assertThat(hall.json().get("intake").asString()).isEqualTo("HALL");
		assertThat(hall.json().get("courtId").asString()).isEqualTo("220104");
		visit.put("intake", "PHONE");
		visit.put("callerPhone", "13900009999");
		assertThat(api.post("/api/v1/hotline/requests", clerk, visit).status()).isEqualTo(400);
	}

	@Test
	void aLitigantCannotActForTheDesk() {
		TestApi api = new TestApi(port);
		var phone = api.post("/api/v1/hotline/requests", api.token("litigant"), Map.of("kind", "CONSULTATION",
				"intake", "PHONE", "courtId", "220104", "subject", "问题", "content", "内容"));
		assertThat(phone.status()).isEqualTo(400);
		assertThat(api.get("/api/v1/hotline/queue", api.token("litigant")).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/hotline/queue", api.token("judge")).status()).isEqualTo(403);
	}

	/** The demo case with its plaintiff 张三 acting through the demo account litigant. */
	private RegisteredCase chaoyangCaseOfLitigant() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).chaoyangCaseWithLawyer();
		jdbc.sql("update case_party set username = 'litigant' where case_id = ? and seq = 1").param(c.id().value()).update();
		return c;
	}

	static Map<String, Object> contactJudge(RegisteredCase c, String subject) {
		return new HashMap<>(Map.of("kind", "CONTACT_JUDGE", "intake", "PHONE", "caseNumber", c.caseNumber().format(),
				"callerName", "张三", "callerPhone", "13900001234", "callerIdNumber", "220104198001011234", "subject",
				subject, "content", "想向法官补充说明借款经过"));
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach(r -> ids.add(r.get("id").asString()));
		return ids;
	}
}
