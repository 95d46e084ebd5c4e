package org.smartcourt.mediation.internal;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a mediation: filing clerks of its court; the mediator designated on it (not one who declined); the
 * parties linked to it by their account. Anyone else is told it does not exist, and the attempt is audited.
 */
@Component
class MediationAccess {

	/** How the actor takes part. */
	enum Level {
		CLERK, MEDIATOR, PARTY
	}

	private final AuditTrail audit;

	MediationAccess(AuditTrail audit) {
		this.audit = audit;
	}

	static java.util.Optional<Level> levelOf(Actor actor, MediationDetail m) {
		if (actor.is(Role.FILING_CLERK) && actor.court().value().equals(m.courtId())) {
			return java.util.Optional.of(Level.CLERK);
		}
		if (actor.is(Role.MEDIATOR) && actor.username().equals(m.mediatorUsername())) {
			return java.util.Optional.of(Level.MEDIATOR);
		}
		if (!actor.isStaff() && m.partyOf(actor.username()).isPresent()) {
			return java.util.Optional.of(Level.PARTY);
		}
		return java.util.Optional.empty();
	}

	Level require(Actor actor, MediationDetail m, String action, Level... allowed) {
		Level level = levelOf(actor, m).orElse(null);
		if (level != null) {
			for (Level a : allowed) {
				if (a == level) {
					return level;
				}
			}
		}
		audit.record(actor, action, "mediation", m.id().toString(), AuditOutcome.DENIED, null);
		throw notFound(m.id());
	}

	static DomainException notFound(MediationId id) {
		return DomainException.notFound("mediation-not-found", "problem.mediation-not-found.detail");
	}
}
