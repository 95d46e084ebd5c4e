package org.smartcourt.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Cases;
import org.smartcourt.deadlines.HolidayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 逾期鉴定: warns the institution and the judge {@code smartcourt.appraisal.warn-working-days} working days before the
 * 鉴定期限 ends, and flags an accepted entrustment whose period passed without a report (a material wait pauses it).
 * The flag counts against the institution's on-time rate and opens re-selection (证据规定 art. 35 para. 2).
 */
@Service
public class LateReports {

	private final EntrustmentRepository repository;
	private final RosterRepository roster;
	private final HeldEntrustments held;
	private final Cases cases;
	private final HolidayCalendar holidays;
	private final AppraisalNotices notices;
	private final AuditTrail audit;
	private final Clock clock;
	private final int warnWorkingDays;

	LateReports(EntrustmentRepository repository, RosterRepository roster, HeldEntrustments held, Cases cases,
			HolidayCalendar holidays, AppraisalNotices notices, AuditTrail audit, Clock clock,
			@Value("${smartcourt.appraisal.warn-working-days:3}") int warnWorkingDays) {
		this.repository = repository;
		this.roster = roster;
		this.held = held;
		this.cases = cases;
		this.holidays = holidays;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
		this.warnWorkingDays = warnWorkingDays;
	}

	/** @return how many entrustments were newly flagged late. */
	@Transactional
	public int run() {
		LocalDate today = LocalDate.now(clock);
		int flagged = 0;
		for (Assignment a : repository.running()) {
			Entrustment e = repository.find(a.entrustmentId()).orElseThrow();
			if (!e.status().running() || !a.accepted()) {
				continue;
			}
			AppraisalPeriod.Due due = held.due(e, a);
			if (due.waiting()) {
				continue;
			}
			Institution institution = roster.find(a.institutionId()).orElseThrow();
			Set<String> to = new LinkedHashSet<>();
			to.add(Objects.requireNonNullElse(institution.account(), ""));
			cases.find(e.caseId()).ifPresent(o -> to.addAll(notices.judgeOf(o)));
			Map<String, String> values = notices.values(e, "");
			values.put("institution", institution.name());
			values.put("dueOn", due.due().toString());
			Assignment updated = a.withDue(due.due());
			if (today.isAfter(due.due()) && a.lateFlaggedAt() == null) {
				updated = flag(updated);
				notices.send("late:" + a.id(), to, "appraisal.late", "/appraisal/" + e.id(), values);
				audit.record(null, "appraisal.late", "appraisal-entrustment", e.id().toString(), AuditOutcome.SUCCESS,
						"鉴定期限" + due.due() + "届满");
				flagged++;
			}
			else if (a.warnedAt() == null && !today.isAfter(due.due())
					&& !holidays.current().plusWorkingDays(today, warnWorkingDays).isBefore(due.due())) {
				updated = warned(updated);
				notices.send("due-soon:" + a.id() + ":" + due.due(), to, "appraisal.due-soon", "/appraisal/" + e.id(),
						values);
			}
			repository.update(updated);
		}
		return flagged;
	}

	private Assignment flag(Assignment a) {
		return new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				a.reportSha256(), a.reportName(), a.reportOn(), a.outcome(), clock.instant(), a.warnedAt(), a.feeQuoted(),
				a.feePaid(), a.feePaidBy(), a.refund(), a.attendance());
	}

	private Assignment warned(Assignment a) {
		return new Assignment(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
				a.assignedAt(), a.letterSha256(), a.acceptedOn(), a.undertakingAt(), a.dueOn(), a.declinedReason(),
				a.reportSha256(), a.reportName(), a.reportOn(), a.outcome(), a.lateFlaggedAt(), clock.instant(),
				a.feeQuoted(), a.feePaid(), a.feePaidBy(), a.refund(), a.attendance());
	}
}
