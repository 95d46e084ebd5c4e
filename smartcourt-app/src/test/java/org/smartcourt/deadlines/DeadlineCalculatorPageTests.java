package org.smartcourt.deadlines;

import org.smartcourt.testing.WebSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 期限计算 page: staff only, the result with its explanation, field errors tied to their inputs. */
@IntegrationTest
class DeadlineCalculatorPageTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheRuleTableAndTheNavigationEntryToStaff() {
		HttpResponse<String> page = WebSession.signIn(port, "judge").get("/deadlines/calculator");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("期限计算", "<label for=\"ruleId\"", "期限规则表", "《民事诉讼法》第一百六十四条",
				"href=\"/deadlines/calculator\"").doesNotContain("计算结果");
	}

	@Test
	void showsTheDeadlineWithItsExplanation() {
		HttpResponse<String> page = WebSession.signIn(port, "filing-clerk")
			.get("/deadlines/calculator?ruleId=civil-first-simple&start=2026-03-02&exFrom=2026-04-01&exTo=2026-05-02"
					+ "&exReason=%E9%89%B4%E5%AE%9A%E6%9C%9F%E9%97%B4&exFrom=&exTo=&exReason=&exFrom=&exTo=&exReason=");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("计算结果", "期限届满日：2026年7月6日", "扣除鉴定期间：2026年4月1日至2026年5月2日，共32日。",
				"顺延至其后的第一个工作日2026年7月6日");
	}

	@Test
	void marksInvalidFields() {
		HttpResponse<String> page = WebSession.signIn(port, "judge")
			.get("/deadlines/calculator?ruleId=civil-first-ordinary&start=2026-03-02&exFrom=&exTo=&exReason="
					+ "&exFrom=2026-05-01&exTo=2026-04-01&exReason=x");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("结束日不能早于开始日", "aria-invalid=\"true\"", "id=\"exclusions-1-to-error\"",
				"aria-describedby=\"exclusions-1-to-error\"").doesNotContain("计算结果");
		HttpResponse<String> noRule = WebSession.signIn(port, "judge").get("/deadlines/calculator?ruleId=&start=");
		assertThat(noRule.body()).contains("请选择期限规则", "请填写起算事件的日期", "aria-describedby=\"start-error start-hint\"");
	}

	@Test
	void isForStaffOnly() {
		assertThat(WebSession.signIn(port, "litigant").get("/deadlines/calculator").statusCode()).isEqualTo(403);
		assertThat(new TestApi(port).getAny("/deadlines/calculator", null).raw().statusCode()).isIn(302, 401);
	}
}
