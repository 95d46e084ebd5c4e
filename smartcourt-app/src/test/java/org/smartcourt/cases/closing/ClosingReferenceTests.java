package org.smartcourt.cases.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseLinks;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.internal.closing.ClosingMethod;
import org.smartcourt.cases.internal.closing.ClosingMethods;
import org.smartcourt.catalogue.CaseTypes;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The closing-method list names only known 类型代字, offers each case the methods of its kind, and a case registered
 * from an appeal or retrial petition is linked to the case it reviews in the registering transaction.
 */
@IntegrationTest
class ClosingReferenceTests {

	@LocalServerPort
	int port;

	@Autowired
	ClosingMethods methods;

	@Autowired
	CaseTypes caseTypes;

	@Autowired
	CaseRegistry registry;

	@Autowired
	CaseLinks links;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyMethodNamesKnownTypeCodesAndTheListHasAVersion() {
		assertThat(methods.version()).isNotBlank();
		assertThat(methods.all()).hasSizeGreaterThanOrEqualTo(13);
		assertThat(methods.all()).allSatisfy(m -> assertThat(caseTypes.typeCodes()).containsAll(m.typeCodes()));
		assertThat(methods.applicableTo("民初")).extracting(ClosingMethod::code)
			.contains("JUDGMENT", "DISMISS_SUIT", "WITHDRAWAL_PERMITTED", "DEEMED_WITHDRAWN", "MEDIATION", "TRANSFER",
					"TERMINATION")
			.doesNotContain("APPEAL_DISMISSED_UPHELD", "ENFORCEMENT_COMPLETED");
		assertThat(methods.applicableTo("民终")).extracting(ClosingMethod::code)
			.contains("APPEAL_DISMISSED_UPHELD", "REVISED", "REMANDED", "WITHDRAWAL_PERMITTED", "MEDIATION")
			.doesNotContain("JUDGMENT");
		assertThat(methods.applicableTo("执")).extracting(ClosingMethod::code)
			.containsExactly("ENFORCEMENT_COMPLETED", "ENFORCEMENT_ROUND_ENDED", "ENFORCEMENT_TERMINATED");
	}

	@Test
	void anAppealRegisteredWithTheFirstInstanceNumberIsLinkedToIt() {
		RegisteredCase first = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", null, "clerk-0104");
		RegisteredCase appeal = new TransactionTemplate(transactions).execute(tx -> {
			RegisteredCase registered = registry.register(new RegisterCase(CaseFixtures.CHANGCHUN, "0302", null,
					Procedure.SECOND_INSTANCE, "9.20.1", UUID.randomUUID(), "张三与李四民间借贷纠纷上诉", List.of(),
					"litigant"));
			links.linkToEarlierCase(registered.id(), first.caseNumber().format());
			return registered;
		});
		TestApi api = new TestApi(port);
		TestApi.Response seen = api.get("/api/v1/cases/" + appeal.id() + "/links", api.token("litigant"));
		assertThat(seen.json().findValuesAsString("kind")).containsExactly("EARLIER_INSTANCE");
		assertThat(seen.json().findValuesAsString("caseNumber")).containsExactly(first.caseNumber().format());
		assertThat(api.get("/api/v1/cases/" + appeal.id() + "/closing", api.token("judge")).body())
			.contains("APPEAL_DISMISSED_UPHELD").doesNotContain("\"code\":\"JUDGMENT\"");
		assertThat(api.get("/api/v1/cases/" + appeal.id() + "/docket", api.token("judge")).json()
			.findValuesAsString("type")).containsExactly("REGISTERED", "RELATED_CASE_LINKED");
		assertThat(api.get("/api/v1/cases/" + appeal.id() + "/docket", api.token("litigant")).json()
			.findValuesAsString("type")).containsExactly("REGISTERED");
	}
}
