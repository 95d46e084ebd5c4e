package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;

import org.smartcourt.bench.data.Appealable.Party;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.mediation.EndingGround;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.MediationStatus;
import org.smartcourt.mediation.internal.Due;
import org.smartcourt.mediation.internal.MediationClock;

/**
 * The 诉前调解 of every 民诉前调 case ({@code mediation}, kind PRE_SUIT), as the mediation module keeps it when a
 * filing clerk diverts a filing with the applicant's consent: the diverted filing, the parties, the designation of a
 * mediator of the court's roster, jointly chosen by the parties within 2 working days (《人民法院在线调解规则》 art. 10
 * para 2) or designated by the court within 3 (para 3), the mediator's acceptance within 3 working days (art. 12),
 * and the 30-day period from acceptance (art. 24 para 1). Every due date is the app's {@link MediationClock}'s.
 * <p>
 * The mediation follows the case: the docket's 「组织双方当事人诉前调解」 day is on or after acceptance, so a case
 * in trial has a mediation under way (MEDIATING); a case not that far yet waits for its designation or acceptance;
 * a closed case's mediation has settled or ended (art. 25). Ids and every choice derive from the case's id, so the
 * rows take nothing from the chunk's random stream.
 */
final class MediationRows {

	private static final EndingGround[] GROUNDS = { EndingGround.IRRECONCILABLE, EndingGround.PARTY_UNWILLING,
			EndingGround.UNREACHABLE, EndingGround.SETTLED_PRIVATELY };

	private final Tables tables;
	private final FilingSupport filings;
	private final MediationClock clock;
	private final Rosters rosters;
	private final CourtCalendar calendar;
	private final LocalDate asOf;

	MediationRows(Tables tables, FilingSupport filings, RecordSupport support, Rosters rosters,
			CourtCalendar calendar, LocalDate asOf) {
		this.tables = tables;
		this.filings = filings;
		this.clock = support.mediation();
		this.rosters = rosters;
		this.calendar = calendar;
		this.asOf = asOf;
	}

	/**
	 * The mediation of a 民诉前调 case registered (and diverted) on its registration day.
	 *
	 * @param conductedOn the day the docket records 「组织双方当事人诉前调解」.
	 */
	void preSuit(CaseBasics c, LocalDate conductedOn) {
		SplittableRandom random = Seeds.of("mediation", c.id());
		UUID id = Seeds.derived("mediation", c.id());
		LocalDate requested = c.registeredOn();
		Due choice = clock.jointChoice(requested);
		Due designation = clock.designation(requested);
		// a third of the parties agree on a mediator in time; the court designates for the others once the two days
		// for their choice are over, on the last of them or the day after
		boolean byChoice = random.nextInt(100) < 33;
		LocalDate designated = byChoice ? earliest(calendar.plusWorkingDays(requested, random.nextInt(3)), choice.date())
				: random.nextBoolean() ? choice.date() : designation.date();
		designated = earliest(designated, conductedOn);
		Due acceptBy = clock.acceptance(designated);
		LocalDate accepted = earliest(earliest(calendar.plusWorkingDays(designated, random.nextInt(3)), acceptBy.date()),
				conductedOn);
		Due period = clock.period(MediationKind.PRE_SUIT, null, accepted);
		Rosters.Mediator mediator = rosters.mediators().get(random.nextInt(rosters.mediators().size()));

		LocalDate today = c.closedOn() != null ? c.closedOn() : asOf;
		MediationStatus status = c.closedOn() != null ? (random.nextInt(100) < 55 ? MediationStatus.SETTLED
				: MediationStatus.ENDED) : today.isBefore(designated) ? MediationStatus.AWAITING_DESIGNATION
						: today.isBefore(accepted) ? MediationStatus.AWAITING_ACCEPTANCE : MediationStatus.MEDIATING;
		boolean hasMediator = status != MediationStatus.AWAITING_DESIGNATION;
		boolean hasAccepted = hasMediator && status != MediationStatus.AWAITING_ACCEPTANCE;
		boolean settled = status == MediationStatus.SETTLED;
		LocalDate ended = c.closedOn();
		EndingGround ground = status == MediationStatus.ENDED
				? ended.isAfter(period.date()) ? EndingGround.PERIOD_EXPIRED : GROUNDS[random.nextInt(GROUNDS.length)]
				: null;
		Due applyBy = settled ? clock.confirmationApplication(ended) : null;

		UUID filingId = Seeds.derived("mediation filing", c.id());
		new FilingRows(tables, filings, Seeds.of("mediation filing", c.id()), c.court()).diverted(filingId,
				c.parties(), c.cause() == null ? null : c.cause().code(), c.causeName(), c.claimFen(), c.registeredAt(),
				c.caseNumber(), c.clerk(), ended == null ? null : CaseBasics.at(ended, 16, 0), settled, mediator.name());
		tables.mediation.row(id, c.court().id(), MediationKind.PRE_SUIT.name(), status.name(), filingId, c.id(),
				c.caseNumber(), null, c.title(), c.cause() == null ? null : c.cause().code(), null, requested,
				choice.date(), designation.date(), hasMediator ? mediator.id() : null,
				hasMediator ? acceptBy.date() : null, hasAccepted ? accepted : null,
				hasAccepted ? period.date() : null, hasAccepted ? period.date() : null,
				hasAccepted ? period.explanation() : null, ended, ground == null ? null : ground.name(),
				ground == null ? null : note(ground), settled ? ended : null, settled ? applyBy.date() : null, null,
				null, null, null, c.registeredAt(), 0);
		for (Party p : c.partiesOnly()) {
			tables.mediationParty.row(id, p.seq(), p.side(), p.name(), null,
					byChoice && hasMediator ? mediator.id() : null);
		}
		if (hasMediator) {
			tables.mediationAssignment.row(Seeds.derived("mediation assignment", c.id()), id, mediator.id(), byChoice,
					designated, acceptBy.date(), hasAccepted ? "ACCEPTED" : "PENDING", null,
					hasAccepted ? CaseBasics.at(accepted, 11, 0) : null);
		}
		if (hasAccepted && !conductedOn.isAfter(today)) {
			tables.mediationRecord.row(Seeds.derived("mediation record", c.id()), id, "NOTE",
					"组织双方当事人进行诉前调解，听取双方意见，释明诉讼风险，引导双方协商解决纠纷。", null, null, mediator.name(),
					CaseBasics.at(conductedOn, 16, 30));
		}
	}

	private static String note(EndingGround ground) {
		return switch (ground) {
			case PERIOD_EXPIRED -> "调解期限届满，双方未达成调解协议，亦未同意延长调解期限";
			case PARTY_UNWILLING -> "被申请人明确表示不愿意继续调解";
			case UNREACHABLE -> "经多次联系，无法联系到被申请人";
			case SETTLED_PRIVATELY -> "双方自行和解，申请人撤回调解申请";
			default -> "双方分歧较大，难以达成调解协议";
		};
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? b : a;
	}
}
