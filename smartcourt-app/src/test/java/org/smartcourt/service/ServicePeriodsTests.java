package org.smartcourt.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.service.internal.PeriodsFromService;

/** Which periods start from service (民诉法 arts. 128, 171). */
class ServicePeriodsTests {

	final PeriodsFromService periods = new PeriodsFromService();

	@Test
	void aFirstInstanceJudgmentStartsTheFifteenDayAppealAndARulingTheTenDayOne() {
		assertThat(periods.startedBy("JUDGMENT", "民事判决书", PartySide.DEFENDANT, Procedure.ORDINARY))
			.containsExactly(RuleId.of("appeal-judgment"));
		assertThat(periods.startedBy("RULING", "民事裁定书", PartySide.PLAINTIFF, Procedure.SIMPLIFIED))
			.containsExactly(RuleId.of("appeal-ruling"));
		assertThat(periods.startedBy("JUDGMENT", "民事判决书", PartySide.DEFENDANT, Procedure.SMALL_CLAIMS))
			.as("小额诉讼 一审终审").isEmpty();
	}

	@Test
	void theComplaintCopyStartsTheDefendantsAnswerPeriod() {
		assertThat(periods.startedBy("NOTICE", "应诉通知书", PartySide.DEFENDANT, Procedure.ORDINARY))
			.containsExactly(RuleId.of("defence"));
		assertThat(periods.startedBy("NOTICE", "应诉通知书", PartySide.PLAINTIFF, Procedure.ORDINARY)).isEmpty();
		assertThat(periods.startedBy("SUMMONS", "传票", PartySide.DEFENDANT, Procedure.ORDINARY)).isEmpty();
	}
}
