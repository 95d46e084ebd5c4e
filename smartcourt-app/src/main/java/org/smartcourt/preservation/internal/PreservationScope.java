package org.smartcourt.preservation.internal;

import java.util.EnumSet;
import java.util.Set;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;

/**
 * Who may see and do what: applicants (litigants and lawyers) their own applications only, and anyone else is told
 * none exists; staff of the court its applications; the 立案 clerks and judges (and the division head, the
 * president) rule and take the steps after.
 */
public final class PreservationScope {

	static final Set<Role> COURT = EnumSet.of(Role.FILING_CLERK, Role.JUDGE, Role.ASSISTANT, Role.CLERK,
			Role.DIVISION_HEAD, Role.PRESIDENT);
	static final Set<Role> DECIDERS = EnumSet.of(Role.FILING_CLERK, Role.JUDGE, Role.DIVISION_HEAD, Role.PRESIDENT);

	private PreservationScope() {
	}

	public static boolean isApplicant(Actor actor) {
		return actor.is(Role.LITIGANT) || actor.is(Role.LAWYER);
	}

	public static boolean isCourt(Actor actor) {
		return COURT.contains(actor.role());
	}

	static boolean sees(Actor actor, Application a) {
		if (isApplicant(actor)) {
			return actor.username().equals(a.filedBy());
		}
		return isCourt(actor) && a.court().equals(actor.court());
	}

	static void requireSees(Actor actor, Application a) {
		if (!sees(actor, a)) {
			throw notFound();
		}
	}

	public static boolean decides(Actor actor, CourtId court) {
		return DECIDERS.contains(actor.role()) && court.equals(actor.court());
	}

	static void requireDecides(Actor actor, Application a) {
		requireSees(actor, a);
		if (!decides(actor, a.court())) {
			throw DomainException.forbidden("preservation-forbidden", "problem.preservation-forbidden.detail");
		}
	}

	static void requireApplicant(Actor actor, Application a) {
		requireSees(actor, a);
		if (!isApplicant(actor)) {
			throw DomainException.forbidden("preservation-forbidden", "problem.preservation-forbidden.detail");
		}
	}

	static DomainException notFound() {
		return DomainException.notFound("preservation-not-found", "problem.preservation-not-found.detail");
	}
}
