package org.smartcourt.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.appraisal.internal.EntrustmentAccess.Grant;
import org.smartcourt.cases.ExcludedPeriods;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An entrustment held for a command: taken under lock, with the institution's own current assignment, today's date by
 * the court's clock, its 鉴定期限 as it stands (material waits and an approved extension counted), the day the
 * institution must reply by ({@code smartcourt.appraisal.reply-working-days}), and the end of the 鉴定期间 on the case's
 * 审限 clock (民诉解释 art. 243).
 */
@Component
class HeldEntrustments {

	private final EntrustmentRepository repository;
	private final ExcludedPeriods periods;
	private final Deadlines deadlines;
	private final HolidayCalendar holidays;
	private final Clock clock;
	private final int replyWorkingDays;

	HeldEntrustments(EntrustmentRepository repository, ExcludedPeriods periods, Deadlines deadlines,
			HolidayCalendar holidays, Clock clock,
			@Value("${smartcourt.appraisal.reply-working-days:3}") int replyWorkingDays) {
		this.repository = repository;
		this.periods = periods;
		this.deadlines = deadlines;
		this.holidays = holidays;
		this.clock = clock;
		this.replyWorkingDays = replyWorkingDays;
	}

	Entrustment locked(UUID id) {
		return repository.lock(id).orElseThrow(AppraisalScope::notFound);
	}

	/** The active assignment, if it is the acting institution's; else the command does not fit the status. */
	Assignment current(Entrustment e, Grant g) {
		Assignment a = e.currentAssignment() == null ? null : repository.assignment(e.currentAssignment()).orElse(null);
		if (a == null || !a.active() || !a.institutionId().equals(g.institution().id())) {
			throw DomainException.conflict("appraisal-wrong-status", "problem.appraisal-wrong-status.detail");
		}
		return a;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	AppraisalPeriod.Due due(Entrustment e, Assignment a) {
		List<AppraisalPeriod.MaterialWait> waits = repository.materialRequests(a.id()).stream()
			.map(m -> new AppraisalPeriod.MaterialWait(m.requestedOn(), m.suppliedOn()))
			.toList();
		AppraisalPeriod.Extension extension = repository.extensions(a.id()).stream()
			.filter(x -> "APPROVED".equals(x.decision()))
			.reduce((first, second) -> second)
			.map(x -> new AppraisalPeriod.Extension(x.decidedOn(), x.newDue()))
			.orElse(null);
		return AppraisalPeriod.compute(deadlines, e.complex(), a.acceptedOn(), waits, extension, today());
	}

	LocalDate replyBy(Assignment a) {
		return holidays.current().plusWorkingDays(a.assignedAt().atZone(clock.getZone()).toLocalDate(), replyWorkingDays);
	}

	void endInterval(Actor actor, Entrustment e, LocalDate today) {
		if (e.clockExclusion() != null) {
			periods.end(actor, e.caseId(), e.clockExclusion(), today);
		}
	}
}
