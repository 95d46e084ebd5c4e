package org.smartcourt.filing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.PreSuitMediation;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PreSuitMediation} on the filing table and its status trail. */
@Service
class PreSuitMediationHandover implements PreSuitMediation {

	private final FilingRepository filings;
	private final FilingAccess access;
	private final FilingTrail trail;
	private final FilingDeadlines periods;
	private final AuditTrail audit;
	private final Clock clock;

	PreSuitMediationHandover(FilingRepository filings, FilingAccess access, FilingTrail trail,
			FilingDeadlines periods, AuditTrail audit, Clock clock) {
		this.filings = filings;
		this.access = access;
		this.trail = trail;
		this.periods = periods;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Filing> awaitingDecision(CourtId court) {
		return filings.queue(court.value()).stream().filter(f -> f.content().kind().isCivil()).toList();
	}

	@Override
	@Transactional
	public Filing divert(Actor clerk, FilingId id, String note) {
		Filing filing = filings.findForUpdate(id)
			.filter(f -> access.isClerkOf(clerk, f.content().targetCourt()))
			.orElseThrow(() -> {
				audit.record(clerk, "filing.divert", "filing", id.toString(), AuditOutcome.DENIED, null);
				return DomainException.notFound("filing-not-found", "problem.filing-not-found.detail");
			});
		filing.divertToMediation();
		return save(filing, clerk, "filing.divert", note);
	}

	@Override
	@Transactional
	public Filing resume(Actor actor, FilingId id, String note) {
		Filing filing = existing(id);
		LocalDate today = LocalDate.now(clock);
		filing.resumeAfterMediation(today, periods.decisionPeriod(filing.content().kind(), today));
		return save(filing, actor, "filing.mediation-failed", note);
	}

	@Override
	@Transactional
	public Filing closeAsMediated(Actor actor, FilingId id, String note) {
		Filing filing = existing(id);
		filing.closeAsMediated();
		return save(filing, actor, "filing.mediated", note);
	}

	private Filing existing(FilingId id) {
		return filings.findForUpdate(id)
			.orElseThrow(() -> DomainException.notFound("filing-not-found", "problem.filing-not-found.detail"));
	}

	private Filing save(Filing filing, Actor actor, String action, String note) {
		filings.update(filing, clock.instant());
		trail.record(filing, actor, note);
		audit.success(action, "filing", filing.id().toString());
		return filings.find(filing.id()).orElseThrow();
	}
}
