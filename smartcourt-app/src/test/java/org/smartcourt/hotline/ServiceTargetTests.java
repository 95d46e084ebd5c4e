package org.smartcourt.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.hotline.internal.HotlineClock;
import org.smartcourt.hotline.internal.HotlineRequest;
import org.smartcourt.hotline.internal.HotlineRequests;
import org.smartcourt.hotline.internal.NewRequest;
import org.smartcourt.hotline.internal.ServiceTargets;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Service targets (服务时限) come from reference data with their source, and due dates count working days on the
 * deadlines module's holiday calendar: the day of receipt not counted, 法定节假日 skipped, 调休 Saturdays counted.
 */
@IntegrationTest
class ServiceTargetTests {

	@Autowired
	ServiceTargets targets;

	@Autowired
	HotlineRequests requests;

	@Autowired
	HotlineClock clock;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	Staffing staffing;

	@Test
	void aMessageToTheJudgeOnTheEveOfNationalDayIsDueOnTheMakeUpSaturday() {
		// 2026-09-30 (Wed): 10-01..07 国庆节 rest; 10-08 Thu, 10-09 Fri, 10-10 Sat (调休上班) are working days 1–3
		assertThat(targets.dueDate(RequestKind.CONTACT_JUDGE, LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void aWeekendIsSkipped() {
		// 2026-11-27 is a Friday: Monday and Tuesday are the two working days
		assertThat(targets.dueDate(RequestKind.CONSULTATION, LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(targets.dueDate(RequestKind.COMPLAINT, LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 11));
	}

	@Test
	void everyKindHasATargetWithItsSource() {
		for (RequestKind kind : RequestKind.values()) {
			assertThat(targets.of(kind).workingDays()).as(kind.name()).isPositive();
			assertThat(targets.of(kind).source()).as(kind.name()).isNotBlank();
		}
		assertThat(targets.of(RequestKind.CONTACT_JUDGE).workingDays()).isEqualTo(3);
	}

	@Test
	void aReceivedRequestCarriesItsDueDateAndSource() {
		HotlineRequest r = requests.receive(new HotlineActors(accounts, staffing).agent(),
				new NewRequest(RequestKind.PETITION_INQUIRY, Intake.PHONE, null, null, "吴十", "13900006666", null,
						"查询信访件", "去年的信访件办到哪了"), null)
			.request();
		assertThat(r.dueOn()).isEqualTo(targets.dueDate(RequestKind.PETITION_INQUIRY, clock.today()));
		assertThat(r.dueOn()).isAfter(clock.today());
		assertThat(r.target().source()).isEqualTo(targets.of(RequestKind.PETITION_INQUIRY).source());
	}
}
