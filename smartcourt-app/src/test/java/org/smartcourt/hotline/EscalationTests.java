package org.smartcourt.hotline;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.hotline.internal.Escalation;
import org.smartcourt.hotline.internal.HotlineQueries;
import org.smartcourt.hotline.internal.HotlineRequest;
import org.smartcourt.hotline.internal.HotlineRequests;
import org.smartcourt.hotline.internal.NewRequest;
import org.smartcourt.hotline.internal.Received;
import org.smartcourt.notification.Notices;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 超期督办: a request unanswered after its due date is marked 已超期 once, its handler's 庭长 is notified, it shows in
 * the desk's overdue list, and answered requests are left alone.
 */
@IntegrationTest
class EscalationTests {

	@Autowired
	Escalation escalation;

	@Autowired
	HotlineRequests requests;

	@Autowired
	HotlineQueries queries;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Notices notices;

	@Test
	void anUnansweredMessageToTheJudgeIsEscalatedOnceToTheDivisionHead() {
		HotlineActors actors = new HotlineActors(accounts, staffing);
		Actor agent = actors.agent();
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).chaoyangCaseWithLawyer();
		HotlineRequest late = receive(agent, c, "逾期未复的留言").request();
		HotlineRequest answered = receive(agent, c, "已经答复的留言").request();
		requests.answer(actors.staff("judge-0104", org.smartcourt.shared.Role.JUDGE), answered.id(), "已答复");
		long before = overdueNotices();

		escalation.run(late.dueOn());
		assertThat(row(late, "overdue")).as("not overdue on the due date itself").isEqualTo(Boolean.FALSE);
		assertThat(escalation.run(late.dueOn().plusDays(1))).isGreaterThanOrEqualTo(1);
		escalation.run(late.dueOn().plusDays(2));

		assertThat(row(late, "overdue")).isEqualTo(Boolean.TRUE);
		assertThat(row(answered, "overdue")).isEqualTo(Boolean.FALSE);
		assertThat(jdbc.sql("select note from hotline_request_step where request_id = ? order by seq desc limit 1")
			.param(late.id().value())
			.query(String.class)
			.single()).contains("已超期").contains("朱庭长");
		assertThat(overdueNotices() - before).isGreaterThanOrEqualTo(1);
		assertThat(notices.latest(accounts.idOf("division-head-0104").orElseThrow(), 50))
			.anySatisfy(n -> assertThat(n.title()).contains("逾期未复的留言"));
		assertThat(queries.queue(agent).overdue()).anySatisfy(r -> assertThat(r.id()).isEqualTo(late.id()));
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'hotline.request.escalate' and target_id = ?")
			.param(late.id().toString()).query(Long.class).single()).isEqualTo(1);
	}

	private Received receive(Actor agent, RegisteredCase c, String subject) {
		return requests.receive(agent, new NewRequest(RequestKind.CONTACT_JUDGE, Intake.PHONE, null,
				c.caseNumber().format(), "张三", "13900001234", "220104198001011234", subject, "请法官回电"), null);
	}

	private Object row(HotlineRequest r, String column) {
		return jdbc.sql("select " + column + " from hotline_request where id = ?").param(r.id().value())
			.query((rs, n) -> rs.getObject(1)).single();
	}

	private long overdueNotices() {
		return notices.latest(accounts.idOf("division-head-0104").orElseThrow(), 200)
			.stream()
			.filter(n -> n.title().startsWith("12368诉求已超期"))
			.count();
	}

}
