package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.ExcludedPeriods;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Another module (here the appraisal office, who is not on the case's team) records the 鉴定期间 on the case's clock:
 * the parties see it on the clock, and the same overlap and date checks as the judge's own command apply.
 */
@IntegrationTest
class ExcludedPeriodsTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ExcludedPeriods periods;

	@Test
	void theAppraisalOfficeExcludesTheAppraisalIntervalAndThePartiesSeeIt() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		Actor office = new Actor(accounts.idOf("appraisal").orElseThrow(), "appraisal", "司法技术辅助室",
				Role.APPRAISAL, CaseFixtures.CHAOYANG);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		UUID id = periods.start(office, c.id(), ExcludedPeriods.Kind.APPRAISAL, today, "委托司法鉴定（测试）");
		assertThatThrownBy(() -> periods.start(office, c.id(), ExcludedPeriods.Kind.MEDIATION_EXTENSION, today, "延长调解"))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("validation-failed");
		TestApi api = new TestApi(port);
		String base = "/api/v1/cases/" + c.id() + "/clock";
		assertThat(api.get(base, api.token("litigant")).json().get("status").asString()).isEqualTo("PAUSED");

		periods.end(office, c.id(), id, today);
		JsonNode clock = api.get(base, api.token("litigant")).json();
		assertThat(clock.get("status").asString()).isNotEqualTo("PAUSED");
		assertThat(clock.get("exclusions").get(0).get("kind").asString()).isEqualTo("鉴定");
		assertThat(clock.get("exclusions").get(0).get("to").asString()).isEqualTo(today.toString());
	}
}
