package org.smartcourt.hotline.internal;

import java.util.EnumSet;
import java.util.Set;

import org.smartcourt.cases.Cases;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a request. The desk (12368 坐席, and filing clerks at the 诉讼服务大厅) works on the requests
 * of its court and the courts below; a handler on the requests routed to them (and a judge's assistant or clerk on
 * those of the judge's cases); a requester on their own. Anyone else is told the request does not exist.
 */
@Component
public class HotlineScope {

	static final Set<Role> DESK = EnumSet.of(Role.HOTLINE, Role.FILING_CLERK);
	static final Set<Role> SUPERVISION = EnumSet.of(Role.DIVISION_HEAD, Role.PRESIDENT);
	static final Set<Role> CASE_TEAM = EnumSet.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK);

	private final CourtHierarchy hierarchy;
	private final Cases cases;

	HotlineScope(CourtHierarchy hierarchy, Cases cases) {
		this.hierarchy = hierarchy;
		this.cases = cases;
	}

	public static boolean isDesk(Actor actor) {
		return DESK.contains(actor.role());
	}

	public static boolean isPublic(Actor actor) {
		return actor.role() == Role.LITIGANT || actor.role() == Role.LAWYER;
	}

	/** The courts whose requests a staff member's desk, statistics or supervision covers. */
	public Set<CourtId> courts(Actor actor) {
		return actor.isStaff() ? hierarchy.subtree(actor.court()) : Set.of();
	}

	boolean deskFor(Actor actor, HotlineRequest r) {
		return isDesk(actor) && courts(actor).contains(r.court());
	}

	boolean handles(Actor actor, HotlineRequest r) {
		if (!actor.isStaff() || !courts(actor).contains(r.court())) {
			return false;
		}
		if (r.assignee() != null && actor.username().equals(r.assignee().username())) {
			return true;
		}
		return CASE_TEAM.contains(actor.role()) && r.assignee() != null && Routing.JUDGE.equals(r.assignee().role())
				&& r.caseRef().caseId() != null
				&& cases.find(new CaseId(r.caseRef().caseId())).map(o -> o.hasTeamMember(actor.username())).orElse(false);
	}

	boolean supervises(Actor actor, HotlineRequest r) {
		return SUPERVISION.contains(actor.role()) && courts(actor).contains(r.court());
	}

	boolean requested(Actor actor, HotlineRequest r) {
		return actor.username().equals(r.caller().username());
	}

	void requireRead(Actor actor, HotlineRequest r) {
		if (!(deskFor(actor, r) || handles(actor, r) || supervises(actor, r) || requested(actor, r))) {
			throw notFound(r.id().toString());
		}
	}

	/** @throws DomainException (forbidden) unless the actor works the 12368 desk or the hall. */
	public static void requireDesk(Actor actor) {
		if (!isDesk(actor)) {
			throw DomainException.forbidden("hotline-desk-only", "problem.hotline-desk-only.detail");
		}
	}

	static DomainException notFound(String id) {
		return DomainException.notFound("hotline-request-not-found", "problem.hotline-request-not-found.detail", id);
	}
}
