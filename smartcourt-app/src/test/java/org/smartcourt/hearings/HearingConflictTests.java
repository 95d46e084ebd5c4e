package org.smartcourt.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseRegistry;
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

/** 排期冲突: a courtroom, a judge, a 人民陪审员 or a lawyer in two hearings at once is refused, even under a race. */
@IntegrationTest
class HearingConflictTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hearings hearings;

	@Autowired
	AccountDirectory accounts;

	HearingTestSupport t;

	@BeforeEach
	void setUp() {
		t = new HearingTestSupport(registry, staffing, jdbc, new TestApi(port));
	}

	@Test
	void theSameCourtroomAtAnOverlappingTimeIsRefusedWithTheConflictNamed() {
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		RegisteredCase first = t.simpleCase();
		t.scheduled(first, t.inRoom("第一法庭", nine, 120));
		RegisteredCase other = t.caseOf(Procedure.SIMPLIFIED, "division-head-0104");
		t.ownLawyer(other);

		TestApi.Response refused = t.schedule(other, "division-head-0104", t.inRoom("第一法庭", nine.plusHours(1), 60));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("第一法庭", first.caseNumber().format())
			.doesNotContain("沈法官");
		assertThat(refused.body()).contains("errors");

		assertThat(t.schedule(other, "division-head-0104", t.inRoom("第一法庭", nine.plusHours(2), 60)).status())
			.as("a hearing may start when the other ends").isEqualTo(201);
		assertThat(t.schedule(other, "division-head-0104", t.inRoom("第二法庭", nine, 60)).status()).isEqualTo(201);
	}

	@Test
	void theSameJudgeInTwoRoomsIsRefused() {
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		t.scheduled(t.simpleCase(), t.inRoom("第一法庭", nine, 120));
		RegisteredCase other = t.simpleCase();
		t.ownLawyer(other);
		TestApi.Response refused = t.schedule(other, "judge-0104", t.inRoom("第二法庭", nine.plusMinutes(30), 60));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("沈法官").doesNotContain("第二法庭已有");
	}

	@Test
	void theSamePeoplesAssessorOnTwoPanelsIsRefused() {
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		RegisteredCase first = t.caseOf(Procedure.ORDINARY, "judge-0104");
		t.addAssessor(first, "高秀英");
		t.scheduled(first, t.inRoom("第一法庭", nine, 120));
		RegisteredCase other = t.caseOf(Procedure.ORDINARY, "division-head-0104");
		t.addAssessor(other, "高秀英");
		t.ownLawyer(other);
		TestApi.Response refused = t.schedule(other, "division-head-0104", t.inRoom("第三法庭", nine, 60));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("高秀英").doesNotContain("沈法官");
	}

	@Test
	void theSameLawyerInTwoCasesIsRefusedByLicenceNumber() {
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		t.scheduled(t.simpleCase(), t.inRoom("第一法庭", nine, 120));
		RegisteredCase other = t.caseOf(Procedure.SIMPLIFIED, "division-head-0104");
		TestApi.Response refused = t.schedule(other, "division-head-0104", t.inRoom("第二法庭", nine, 60));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("赵律师", "12201200010000001");
	}

	@Test
	void twoConcurrentSchedulingsOfOneRoomCannotBothSucceed() throws Exception {
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		List<RegisteredCase> racing = List.of(t.caseOf(Procedure.SIMPLIFIED, "judge-0104"),
				t.caseOf(Procedure.SIMPLIFIED, "division-head-0104"));
		racing.forEach(t::ownLawyer);
		List<String> judges = List.of("judge-0104", "division-head-0104");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				RegisteredCase c = racing.get(i);
				Actor judge = new Actor(accounts.idOf(judges.get(i)).orElseThrow(), judges.get(i), judges.get(i),
						i == 0 ? Role.JUDGE : Role.DIVISION_HEAD, CaseFixtures.CHAOYANG);
				results.add(pool.submit(() -> {
					start.await();
					try {
						hearings.schedule(judge, c.id(), new ScheduleHearing(HearingKind.TRIAL, nine, nine.plusHours(2),
								t.room("第三法庭"), false, null, List.of(), null, false, true));
						return "ok";
					}
					catch (DomainException ex) {
						return ex.code();
					}
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> f : results) {
				outcomes.add(f.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("ok", "hearing-conflict");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("""
				select count(*) from hearing_booking b join hearing h on h.id = b.hearing_id
				 where b.active and b.resource = ? and h.starts_at = ?""")
			.params("room:" + t.room("第三法庭"), nine.atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}
}
