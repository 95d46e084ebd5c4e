package org.smartcourt.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.organization.Staffing;
import org.smartcourt.preservation.internal.Application;
import org.smartcourt.preservation.internal.Measure;
import org.smartcourt.preservation.internal.PreservationApplications;
import org.smartcourt.preservation.internal.PreservationClocks;
import org.smartcourt.preservation.internal.PreservationRenewals;
import org.smartcourt.preservation.internal.PreservationRulings;
import org.smartcourt.preservation.internal.PreservationStore;
import org.smartcourt.preservation.internal.PreservationWatch;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 保全期限 (民诉解释第四百八十五条) per object, the expiry told in writing (保全规定第十八条第二款), the warnings at 30 and 7
 * days sent once each, automatic lapse (查封扣押冻结规定第二十七条) and renewal from the old expiry.
 */
@IntegrationTest
class MeasurePeriodTests {

	@Autowired
	PreservationClocks clocks;

	@Autowired
	PreservationApplications applications;

	@Autowired
	PreservationRulings rulings;

	@Autowired
	PreservationRenewals renewals;

	@Autowired
	PreservationWatch watch;

	@Autowired
	PreservationStore store;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void depositsOneYearMovablesTwoRealEstateAndOtherRightsThree() {
		LocalDate start = LocalDate.of(2026, 11, 29);
		assertThat(clocks.expiry(PropertyKind.DEPOSIT, start).day()).isEqualTo(LocalDate.of(2027, 11, 29));
		assertThat(clocks.expiry(PropertyKind.VEHICLE, start).day()).isEqualTo(LocalDate.of(2028, 11, 29));
		assertThat(clocks.expiry(PropertyKind.MOVABLE, start).day()).isEqualTo(LocalDate.of(2028, 11, 29));
		assertThat(clocks.expiry(PropertyKind.REAL_ESTATE, start).day()).isEqualTo(LocalDate.of(2029, 11, 29));
		assertThat(clocks.expiry(PropertyKind.EQUITY, start).day()).isEqualTo(LocalDate.of(2029, 11, 29));
		assertThat(clocks.expiry(PropertyKind.OTHER_RIGHT, start).day()).isEqualTo(LocalDate.of(2029, 11, 29));
		assertThat(clocks.expiry(PropertyKind.DEPOSIT, start).citation())
			.isEqualTo("《最高人民法院关于适用《中华人民共和国民事诉讼法》的解释》第四百八十五条第一款");
		// 2月29日 plus one year is 2月28日; an expiry on a rest day is not moved (the measure would lapse first)
		assertThat(clocks.expiry(PropertyKind.DEPOSIT, LocalDate.of(2028, 2, 29)).day())
			.isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(clocks.expiry(PropertyKind.DEPOSIT, LocalDate.of(2025, 10, 1)).day())
			.isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@Test
	void theExpiryIsToldWarnedTwiceOnceEachRenewedAndOtherwiseLapses() {
		PreservationFixtures actors = new PreservationFixtures(accounts, staffing);
		String respondentId = "9122010" + (System.nanoTime() % 100_000_000_000L);
		Application a = applications.apply(actors.litigant(), PreservationFixtures.preSuit("期限公司", respondentId), null);
		rulings.rule(actors.judge(), a.id(), true, null, List.of());
		Application enforced = rulings.enforce(actors.judge(), a.id());
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

		Measure deposit = measure(enforced, PropertyKind.DEPOSIT);
		Measure car = measure(enforced, PropertyKind.VEHICLE);
		assertThat(deposit.startDate()).isEqualTo(today);
		assertThat(deposit.expiryDate()).isEqualTo(today.plusYears(1));
		assertThat(car.expiryDate()).isEqualTo(today.plusYears(2));
		assertThat(deposit.amount()).isEqualTo(org.smartcourt.fees.Money.ofYuan(100_000));
		assertThat(enforced.documents()).extracting(Application.Document::kind).contains("RULING", "EXPIRY_NOTICE");
		assertThat(messages("preservation:expiry-notice:" + deposit.id() + ":%")).isEqualTo(1);

		LocalDate expiry = deposit.expiryDate();
		watch.daily(expiry.minusDays(31));
		assertThat(store.warningsSent(deposit.id(), expiry)).isEmpty();
		watch.daily(expiry.minusDays(30));
		watch.daily(expiry.minusDays(29));
		assertThat(store.warningsSent(deposit.id(), expiry)).containsExactly(30);
		watch.daily(expiry.minusDays(7));
		watch.daily(expiry.minusDays(6));
		assertThat(store.warningsSent(deposit.id(), expiry)).containsExactly(30, 7);
		// one to the applicant and one to the judge, per lead
		assertThat(messages("preservation:expiry-warning:" + deposit.id() + ":" + expiry + ":30:%")).isEqualTo(2);
		assertThat(messages("preservation:expiry-warning:" + deposit.id() + ":" + expiry + ":7:%")).isEqualTo(2);

		Application renewed = renewals.renew(actors.judge(), a.id(), deposit.id());
		Measure after = measure(renewed, PropertyKind.DEPOSIT);
		assertThat(after.expiryDate()).isEqualTo(expiry.plusYears(1));
		assertThat(after.renewals()).isEqualTo(1);
		assertThat(renewed.documents()).filteredOn(d -> d.kind().equals("EXPIRY_NOTICE")).hasSize(2);

		// the car was not renewed: the day after its expiry the task records the lapse
		LocalDate carExpiry = car.expiryDate();
		watch.daily(carExpiry);
		assertThat(measure(store.find(a.id()).orElseThrow(), PropertyKind.VEHICLE).status()).isEqualTo(MeasureStatus.ACTIVE);
		watch.daily(carExpiry.plusDays(1));
		Application lapsed = store.find(a.id()).orElseThrow();
		Measure gone = measure(lapsed, PropertyKind.VEHICLE);
		assertThat(gone.status()).isEqualTo(MeasureStatus.LAPSED);
		assertThat(gone.lapsedOn()).isEqualTo(carExpiry.plusDays(1));
		assertThat(lapsed.events()).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo("LAPSED");
			assertThat(e.summary()).contains("自动失效", "第二十七条");
		});
		// the renewed deposit runs to the same day as the car, so it lapses with it
		assertThat(measure(lapsed, PropertyKind.DEPOSIT).status()).isEqualTo(MeasureStatus.LAPSED);
	}

	private static Measure measure(Application a, PropertyKind kind) {
		return a.measures().stream().filter(m -> m.objectKind() == kind).findFirst().orElseThrow();
	}

	private long messages(String keyPattern) {
		return jdbc.sql("select count(*) from notification_message where delivery_key like ?")
			.param(keyPattern)
			.query(Long.class)
			.single();
	}
}
