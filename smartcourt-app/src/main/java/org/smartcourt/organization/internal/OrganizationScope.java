package org.smartcourt.organization.internal;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The data scope of the organization module. Staff act within their court, and a higher court may read (and its
 * IT admins manage) the courts below it: 长春市中级人民法院 sees 朝阳区人民法院, not the other way round, and not
 * 吉林市中级人民法院. Litigants and lawyers see no court's internal organization. A refusal is audited, then thrown.
 */
@Component
public class OrganizationScope {

	private final Courts courts;
	private final AuditTrail audit;

	OrganizationScope(Courts courts, AuditTrail audit) {
		this.courts = courts;
		this.audit = audit;
	}

	/** Whether {@code actor} may read the departments, courtrooms and staff of {@code court}. */
	public boolean mayRead(Actor actor, CourtId court) {
		return actor.isStaff() && actor.court() != null && courts.isWithin(court, actor.court());
	}

	/** Whether {@code actor} may create, change and deactivate the organization of {@code court}. */
	public boolean mayManage(Actor actor, CourtId court) {
		return actor.is(Role.IT_ADMIN) && mayRead(actor, court);
	}

	/** @throws DomainException (forbidden) after auditing the refusal, unless {@link #mayRead} holds. */
	void requireRead(Actor actor, CourtId court, String action, String targetType, String targetId) {
		if (!mayRead(actor, court)) {
			refuse(actor, court, action, targetType, targetId);
		}
	}

	/** @throws DomainException (forbidden) after auditing the refusal, unless {@link #mayManage} holds. */
	void requireManage(Actor actor, CourtId court, String action, String targetType, String targetId) {
		if (!mayManage(actor, court)) {
			refuse(actor, court, action, targetType, targetId);
		}
	}

	private void refuse(Actor actor, CourtId court, String action, String targetType, String targetId) {
		audit.record(actor, action, targetType, targetId, AuditOutcome.DENIED, "court " + court.value());
		throw DomainException.forbidden("organization-out-of-scope", "problem.organization-out-of-scope.detail");
	}
}
