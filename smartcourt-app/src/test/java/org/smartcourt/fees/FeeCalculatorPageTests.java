package org.smartcourt.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 诉讼费计算器 page renders for every signed-in user, shows the derivation table and field errors. */
@IntegrationTest
class FeeCalculatorPageTests {

	@LocalServerPort
	int port;

	@Test
	void emptyFormRendersWithTheProvincialSchedule() {
		HttpResponse<String> page = WebSession.signIn(port, "litigant").get("/fees/calculator");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("诉讼费计算器", "<label for=\"kind\"", "吉林省按件交纳标准",
				"「《诉讼费用交纳办法》第十三条第（二）项第1目」", "href=\"/fees/calculator\"")
			.doesNotContain("计算结果");
	}

	@Test
	void showsTheDerivationTable() {
		HttpResponse<String> page = WebSession.signIn(port, "judge")
			.get("/fees/calculator?kind=property&amount=1000000&procedure=simple");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("计算结果", "应交纳 6900.00 元", "超过50万元至100万元的部分", "500000.00", "5000.00",
				"「《诉讼费用交纳办法》第十六条」", "-6900.00");
	}

	@Test
	void marksInvalidFields() {
		HttpResponse<String> page = WebSession.signIn(port, "lawyer")
			.get("/fees/calculator?kind=property&amount=-1&procedure=ordinary");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("金额不能为负数", "aria-invalid=\"true\"", "id=\"amount-error\"",
				"aria-describedby=\"amount-error amount-hint\"").doesNotContain("计算结果");
	}

	@Test
	void needsSignIn() {
		assertThat(new org.smartcourt.testing.TestApi(port).getAny("/fees/calculator", null).raw().statusCode())
			.isIn(302, 401);
	}
}
