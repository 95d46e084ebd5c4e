package org.smartcourt.mediation.internal;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.cases.Procedure;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.mediation.MediationKind;
import org.springframework.stereotype.Component;

/**
 * The mediation periods, all from the deadlines engine (reference/deadlines/rules.csv); this computes no dates
 * itself. 共同选择 2 working days (《人民法院在线调解规则》 art. 10 para 2), 指定 3 working days (art. 10 para 3), 确认接受
 * 3 working days (art. 12), the mediation period from acceptance: 30 days before filing, 15 (普通程序) or 7 (简易程序)
 * days after (art. 24), 30 days to apply for judicial confirmation (民诉法 art. 205) and the 30-day 审限 of the
 * confirmation case (民诉法 art. 187).
 */
@Component
public class MediationClock {

	private final Deadlines deadlines;

	public MediationClock(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	public Due jointChoice(LocalDate agreedToMediate) {
		return due("mediation-joint-choice", agreedToMediate);
	}

	public Due designation(LocalDate requested) {
		return due("mediation-designation", requested);
	}

	public Due acceptance(LocalDate designated) {
		return due("mediation-acceptance", designated);
	}

	/** The mediation period from the day the mediator accepted. */
	public Due period(MediationKind kind, Procedure procedure, LocalDate accepted) {
		return due(periodRule(kind, procedure), accepted);
	}

	public Due confirmationApplication(LocalDate effective) {
		return due("judicial-confirmation-application", effective);
	}

	public Due specialProcedure(LocalDate registered) {
		return due("special-procedure", registered);
	}

	static String periodRule(MediationKind kind, Procedure procedure) {
		if (kind == MediationKind.PRE_SUIT) {
			return "mediation-pre-suit";
		}
		return procedure == Procedure.SIMPLIFIED || procedure == Procedure.SMALL_CLAIMS ? "mediation-online-simple"
				: "mediation-online-ordinary";
	}

	private Due due(String rule, LocalDate start) {
		DeadlineResult result = deadlines.compute(RuleId.of(rule), start, List.of());
		return new Due(result.due(), result.explanationText());
	}
}
