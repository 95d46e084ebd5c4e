package org.smartcourt.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.preservation.internal.Application;
import org.smartcourt.preservation.internal.Measure;
import org.smartcourt.preservation.internal.PreservationApplications;
import org.smartcourt.preservation.internal.PreservationLifting;
import org.smartcourt.preservation.internal.PreservationQueries;
import org.smartcourt.preservation.internal.PreservationRulings;
import org.smartcourt.preservation.internal.PreservationStore;
import org.smartcourt.preservation.internal.PreservationWatch;
import org.smartcourt.preservation.internal.QueueFilter;
import org.smartcourt.preservation.internal.SuitConversion;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pre-suit preservation from application to conversion on PostgreSQL: the 财保 case, the 48-hour ruling, the 执保
 * case, the measures and their periods, the suit that converts them (保全规定第十七条); lifting on counter-security
 * (民诉法第一百零七条); review refused when late (保全规定第二十五条); 待解除 after thirty days without suit.
 */
@IntegrationTest
class PreservationLifecycleTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	PreservationApplications applications;

	@Autowired
	PreservationRulings rulings;

	@Autowired
	PreservationLifting lifting;

	@Autowired
	SuitConversion suits;

	@Autowired
	PreservationQueries queries;

	@Autowired
	PreservationStore store;

	@Autowired
	PreservationWatch watch;

	@Autowired
	CaseRegistry registry;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	private PreservationFixtures actors() {
		return new PreservationFixtures(accounts, staffing);
	}

	private static String creditCode() {
		return "91220104" + String.format("%010d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000_000L);
	}

	@Test
	void preSuitApplicationIsRuledWithinFortyEightHoursEnforcedAndConvertedWhenTheSuitIsFiled() throws Exception {
		PreservationFixtures actors = actors();
		String respondentId = creditCode();
		Application applied = applications.apply(actors.litigant(), PreservationFixtures.preSuit("吉林某贸易有限公司", respondentId),
				null);
		assertThat(applied.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(applied.reviewCase().number()).contains("吉0104财保");
		// 48 hours from the hour after the application (the starting hour is not counted)
		assertThat(Duration.between(applied.filedAt(), applied.rulingDueAt())).isGreaterThan(Duration.ofHours(48))
			.isLessThanOrEqualTo(Duration.ofHours(49));
		assertThat(applied.fee().yuan()).isPositive();
		assertThat(applied.events()).anySatisfy(e -> assertThat(e.summary()).contains("第一百零四条第二款"));

		Application granted = rulings.rule(actors.judge(), applied.id(), true, null, List.of());
		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(granted.ruledAt()).isBefore(granted.rulingDueAt());
		assertThat(granted.enforcementCase().number()).contains("吉0104执保");
		assertThat(registry.byId(new org.smartcourt.cases.CaseId(granted.enforcementCase().id())).orElseThrow()
			.categoryCode()).isEqualTo("1004");
		assertThat(granted.measures()).hasSize(2).allMatch(m -> m.status() == MeasureStatus.ORDERED);
		assertThat(granted.documents()).extracting(Application.Document::kind).containsExactly("RULING");
		// 申请费 on the 100,000 元 frozen (《诉讼费用交纳办法》第十四条第（二）项: 1,000 元以下30元, then 1% to 100,000 元), 待缴
		assertThat(granted.fee()).isEqualTo(org.smartcourt.fees.Money.ofYuan(1_020));
		var payment = applications.feePayment(actors.litigant(), granted).orElseThrow();
		assertThat(payment.status()).isEqualTo(org.smartcourt.fees.PaymentStatus.DUE);
		assertThat(payment.payer()).isEqualTo("litigant");

		Application enforced = rulings.enforce(actors.judge(), applied.id());
		LocalDate today = LocalDate.now(ZONE);
		assertThat(enforced.status()).isEqualTo(ApplicationStatus.ENFORCED);
		Measure deposit = enforced.measures().stream().filter(m -> m.objectKind() == PropertyKind.DEPOSIT).findFirst()
			.orElseThrow();
		assertThat(deposit.kind()).isEqualTo(MeasureKind.FREEZE);
		assertThat(deposit.expiryDate()).isEqualTo(today.plusYears(1));
		assertThat(deposit.suitDeadline()).isEqualTo(today.plusDays(30));

		RegisteredCase suit = registry.register(new RegisterCase(new CourtId("220104"), "0301", null, Procedure.ORDINARY,
				"9.20.1", null, "张三诉吉林某贸易有限公司民间借贷纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "张三", "220104198001011234"),
						CaseParty.party(2, PartySide.DEFENDANT, "LEGAL_PERSON", "吉林某贸易有限公司", respondentId)),
				"litigant"));
		Application converted = awaitConversion(applied);
		assertThat(converted.litigationCase().number()).isEqualTo(suit.caseNumber().format());
		assertThat(converted.convertedOn()).isEqualTo(today);
		assertThat(converted.events()).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo("CONVERTED");
			assertThat(e.summary()).contains(suit.caseNumber().format(), "第十七条");
		});
		Measure after = converted.measures().stream().filter(m -> m.id().equals(deposit.id())).findFirst().orElseThrow();
		assertThat(after.expiryDate()).as("the period runs on").isEqualTo(deposit.expiryDate());
		assertThat(after.suitDeadline()).isNull();
		assertThat(queries.ofCase(suit.id())).extracting(Application::id).containsExactly(applied.id());
	}

	@Test
	void aSuitAgainstSomeoneElseConvertsNothingAndTheManualLinkDoes() throws Exception {
		PreservationFixtures actors = actors();
		Application a = grantedAndEnforced(actors, creditCode());
		RegisteredCase other = registry.register(new RegisterCase(new CourtId("220104"), "0301", null, Procedure.ORDINARY,
				"9.20.1", null, "张三诉王五民间借贷纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "张三", "220104198001011234"),
						CaseParty.party(2, PartySide.DEFENDANT, "NATURAL_PERSON", "王五", null)),
				null));
		Thread.sleep(1_000);
		assertThat(store.find(a.id()).orElseThrow().convertedOn()).isNull();
		Application linked = suits.linkSuit(actors.litigant(), a.id(), other.caseNumber().format());
		assertThat(linked.litigationCase().number()).isEqualTo(other.caseNumber().format());
	}

	@Test
	void counterSecurityLiftsEveryMeasure() {
		PreservationFixtures actors = actors();
		Application a = grantedAndEnforced(actors, creditCode());
		Application lifted = lifting.lift(actors.judge(), a.id(), LiftGround.COUNTER_SECURITY, "被申请人提供现金担保10万元",
				false, null);
		assertThat(lifted.status()).isEqualTo(ApplicationStatus.LIFTED);
		assertThat(lifted.measures()).allSatisfy(m -> {
			assertThat(m.status()).isEqualTo(MeasureStatus.LIFTED);
			assertThat(m.liftReason()).contains("第一百零七条");
		});
		assertThat(lifted.events()).anySatisfy(e -> assertThat(e.summary()).contains("第二十三条第二款", "按期"));
	}

	@Test
	void reviewIsRefusedWhenLateAndAllowedOnceInTime() {
		PreservationFixtures actors = actors();
		Application late = grantedAndEnforced(actors, creditCode());
		jdbc.sql("update preservation_application set ruled_at = ? where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(12))), late.id().value())
			.update();
		assertThatThrownBy(() -> lifting.requestReview(actors.litigant(), late.id(), "保全数额过高"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("preservation-review-late");
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATION);
			});

		Application timely = grantedAndEnforced(actors, creditCode());
		Application asked = lifting.requestReview(actors.litigant(), timely.id(), "保全数额过高");
		assertThat(asked.reviewDueOn()).isAfterOrEqualTo(LocalDate.now(ZONE).plusDays(10));
		assertThat(asked.status()).as("the ruling is not suspended").isEqualTo(ApplicationStatus.ENFORCED);
		assertThatThrownBy(() -> lifting.requestReview(actors.litigant(), timely.id(), "再次申请"))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("preservation-review-once"));
		Application decided = lifting.decideReview(actors.judge(), timely.id(), false, "理由不成立");
		assertThat(decided.reviewOutcome()).isEqualTo("DISMISSED");
	}

	@Test
	void withoutSuitWithinThirtyDaysTheMeasureIsListedToLift() {
		PreservationFixtures actors = actors();
		Application a = grantedAndEnforced(actors, creditCode());
		LocalDate deadline = a.measures().get(0).suitDeadline();
		watch.daily(deadline.minusDays(8));
		watch.daily(deadline.minusDays(7));
		watch.daily(deadline.minusDays(6));
		watch.daily(deadline.plusDays(1));
		watch.daily(deadline.plusDays(2));
		assertThat(store.find(a.id()).orElseThrow().events()).extracting(Application.Event::kind)
			.containsSubsequence("SUIT_WINDOW_WARNED", "TO_LIFT")
			.filteredOn(k -> k.equals("SUIT_WINDOW_WARNED") || k.equals("TO_LIFT"))
			.hasSize(2);
		assertThat(jdbc.sql("select count(*) from notification_message where delivery_key = ?")
			.param("preservation:suit-window:" + a.id() + ":litigant")
			.query(Long.class)
			.single()).isEqualTo(1);
		jdbc.sql("update preservation_measure set suit_deadline = ? where application_id = ?")
			.params(LocalDate.now(ZONE).minusDays(1), a.id().value())
			.update();
		assertThat(queries.queue(actors.judge(), QueueFilter.TO_LIFT)).extracting(Application::id).contains(a.id());
		assertThat(queries.queue(actors.judge(), QueueFilter.PENDING)).extracting(Application::id).doesNotContain(a.id());
	}

	@Test
	void inLitigationTheCourtRequiresAtMostThirtyPercentAndTheClockRestartsWhenSecurityIsGiven() {
		PreservationFixtures actors = actors();
		RegisteredCase c = registry.register(new RegisterCase(new CourtId("220104"), "0301", null, Procedure.SIMPLIFIED,
				"9.20.1", null, "张三诉赵六买卖合同纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "张三", "220104198001011234"),
						CaseParty.party(2, PartySide.DEFENDANT, "NATURAL_PERSON", "赵六", null)),
				"litigant"));
		var in = PreservationFixtures.preSuit("赵六", null);
		var inLitigation = new org.smartcourt.preservation.internal.NewApplication(PreservationKind.IN_LITIGATION, null,
				c.caseNumber().format(), false, null, in.applicantName(), in.applicantIdNumber(), in.applicantAddress(),
				in.applicantContact(), in.respondentName(), null, in.respondentAddress(), null, in.claim(), in.grounds(),
				"100000", false, in.properties(), null, null, null, null, NoSecurityGround.CLEAR_FACTS_LOW_RISK);
		Application a = applications.apply(actors.litigant(), inLitigation, null);
		assertThat(a.litigationCase().number()).isEqualTo(c.caseNumber().format());
		assertThatThrownBy(() -> applications.requireSecurity(actors.judge(), a.id(), "30000.01", null))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("preservation-security-amount");
				assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::code).containsExactly("over-ceiling");
			});
		Application awaiting = applications.requireSecurity(actors.judge(), a.id(), "30000", null);
		assertThat(awaiting.status()).isEqualTo(ApplicationStatus.AWAITING_SECURITY);
		Application secured = applications.provideSecurity(actors.litigant(), a.id(),
				new Security(SecurityKind.CASH, org.smartcourt.fees.Money.ofYuan(30_000), null, null));
		assertThat(secured.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(secured.clockStart()).isAfter(a.clockStart());
		assertThat(secured.events()).anySatisfy(e -> assertThat(e.summary()).contains("自提供担保之日起计算", "第四条"));
	}

	@Test
	void theDivisionHeadIsToldOnceWhenAQuarterIsLeftAndOnceWhenOverdue() {
		PreservationFixtures actors = actors();
		Application a = applications.apply(actors.litigant(), PreservationFixtures.preSuit("督办公司", creditCode()), null);
		Instant due = a.rulingDueAt();
		watch.escalate(due.minus(Duration.ofHours(13)));
		assertThat(escalations(a)).as("more than a quarter of 48 hours left").isZero();
		watch.escalate(due.minus(Duration.ofHours(11)));
		watch.escalate(due.minus(Duration.ofHours(10)));
		assertThat(escalations(a)).isEqualTo(1);
		watch.escalate(due.plus(Duration.ofMinutes(1)));
		watch.escalate(due.plus(Duration.ofHours(2)));
		assertThat(escalations(a)).isEqualTo(2);
		assertThat(store.find(a.id()).orElseThrow().events()).extracting(Application.Event::kind)
			.containsSubsequence("RULING_QUARTER_LEFT", "RULING_OVERDUE");
		rulings.rule(actors.judge(), a.id(), true, null, List.of());
		watch.escalate(due.plus(Duration.ofHours(3)));
		assertThat(escalations(a)).as("ruled: nothing more about the ruling").isEqualTo(2);
	}

	private long escalations(Application a) {
		return jdbc.sql("select count(*) from notification_message where delivery_key like ?")
			.param("preservation:escalation:" + a.id() + ":%:division-head-0104")
			.query(Long.class)
			.single();
	}

	private Application grantedAndEnforced(PreservationFixtures actors, String respondentId) {
		Application a = applications.apply(actors.litigant(), PreservationFixtures.preSuit("某公司" + respondentId, respondentId),
				null);
		rulings.rule(actors.clerk(), a.id(), true, null, List.of());
		return rulings.enforce(actors.judge(), a.id());
	}

	private Application awaitConversion(Application a) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			Application now = store.find(a.id()).orElseThrow();
			if (now.convertedOn() != null) {
				return now;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the pre-suit preservation was not converted");
	}
}
