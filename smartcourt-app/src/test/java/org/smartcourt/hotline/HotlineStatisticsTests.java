package org.smartcourt.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.hotline.internal.HotlineClock;
import org.smartcourt.hotline.internal.HotlineRequest;
import org.smartcourt.hotline.internal.HotlineRequests;
import org.smartcourt.hotline.internal.HotlineStatistics;
import org.smartcourt.hotline.internal.NewRequest;
import org.smartcourt.hotline.internal.StatisticsRow;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 12368 统计 by court and kind: volume, on-time rate and average satisfaction for a period; a court sees itself and the
 * courts below it, not its siblings. Uses 二道区 (220105, used by no other test), so its figures are its own.
 */
@IntegrationTest
class HotlineStatisticsTests {

	private static final String COURT = "220105";

	@LocalServerPort
	int port;

	@Autowired
	HotlineRequests requests;

	@Autowired
	HotlineStatistics statistics;

	@Autowired
	HotlineClock clock;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Staffing staffing;

	@Test
	void volumeOnTimeRateAndSatisfactionByCourtAndKind() {
		Actor agent = new HotlineActors(accounts, staffing).agent();
		HotlineRequest a = receive(agent, RequestKind.CONSULTATION);
		HotlineRequest b = receive(agent, RequestKind.CONSULTATION);
		receive(agent, RequestKind.SUGGESTION);
		requests.answer(agent, a.id(), "已当场答复");
		requests.callBack(agent, a.id(), "回访满意", 4, "答复清楚");
		requests.answer(agent, b.id(), "已答复");
		requests.callBack(agent, b.id(), "回访", 2, null);

		List<StatisticsRow> rows = statistics.compute(agent, clock.today(), clock.today());
		StatisticsRow consultation = row(rows, RequestKind.CONSULTATION);
		assertThat(consultation.courtName()).isEqualTo("长春市二道区人民法院");
		assertThat(consultation.received()).isEqualTo(2);
		assertThat(consultation.answered()).isEqualTo(2);
		assertThat(consultation.onTime()).isEqualTo(2);
		assertThat(consultation.onTimeRate()).isEqualTo(100.0);
		assertThat(consultation.averageSatisfaction()).isEqualTo(3.0);
		StatisticsRow suggestion = row(rows, RequestKind.SUGGESTION);
		assertThat(suggestion.received()).isEqualTo(1);
		assertThat(suggestion.answered()).isZero();
		assertThat(suggestion.onTimeRate()).as("not yet due: not counted").isNull();
		assertThat(statistics.compute(agent, clock.today().minusYears(1), clock.today().minusYears(1))).isEmpty();
	}

	@Test
	void aCourtSeesItselfAndTheCourtsBelowButNotItsSiblings() {
		Actor agent = new HotlineActors(accounts, staffing).agent();
		receive(agent, RequestKind.SUGGESTION);
		Actor chaoyangClerk = new HotlineActors(accounts, staffing).staff("filing-clerk-0104", Role.FILING_CLERK);
		assertThat(statistics.compute(chaoyangClerk, clock.today(), clock.today()))
			.noneMatch(r -> r.courtId().equals(COURT));
		Actor intermediateHead = new HotlineActors(accounts, staffing).staff("division-head", Role.DIVISION_HEAD);
		assertThat(statistics.compute(intermediateHead, clock.today(), clock.today()))
			.anyMatch(r -> r.courtId().equals(COURT));
	}

	@Test
	void theApiAnswersWithFiguresAndRefusesLitigantsAndReversedPeriods() {
		TestApi api = new TestApi(port);
		String today = clock.today().toString();
		var figures = api.get("/api/v1/hotline/statistics?from=" + today + "&to=" + today, api.token("hotline"));
		assertThat(figures.status()).isEqualTo(200);
		assertThat(figures.json().get("total").get("received").asLong()).isPositive();
		assertThat(api.get("/api/v1/hotline/statistics?from=" + today + "&to=" + today, api.token("litigant")).status())
			.isEqualTo(403);
		var reversed = api.get("/api/v1/hotline/statistics?from=" + today + "&to=" + clock.today().minusDays(1),
				api.token("hotline"));
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
	}

	@Test
	void litigantsAreRefused() {
		Actor litigant = new HotlineActors(accounts, staffing).litigant("litigant");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> statistics.compute(litigant, clock.today(), clock.today()))
			.isInstanceOf(DomainException.class);
	}

	private HotlineRequest receive(Actor agent, RequestKind kind) {
		return requests.receive(agent, new NewRequest(kind, Intake.PHONE, COURT, null, "郑十一", "13900007777", null,
				"统计用诉求", "内容"), null).request();
	}

	private static StatisticsRow row(List<StatisticsRow> rows, RequestKind kind) {
		return rows.stream().filter(r -> COURT.equals(r.courtId()) && r.kind() == kind).findFirst().orElseThrow();
	}

}
