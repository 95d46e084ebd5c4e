package org.smartcourt.service.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient proved that an electronic service reached their system on another day than the court's 发送成功
 * record; that day counts (民诉解释 art. 135 para. 2, 但书). The clerk records it with the reason; the service's date
 * and the case's service record follow.
 */
@Service
public class ProvenArrival {

	private static final int REASON_MAX = 500;

	private final ServingRepository servings;
	private final ServiceAccess access;
	private final Effectiveness effectiveness;
	private final AuditTrail audit;
	private final Clock clock;

	ProvenArrival(ServingRepository servings, ServiceAccess access, Effectiveness effectiveness, AuditTrail audit,
			Clock clock) {
		this.servings = servings;
		this.access = access;
		this.effectiveness = effectiveness;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Serving record(Actor actor, UUID servingId, LocalDate provenOn, String reason) {
		Serving serving = servings.lock(servingId).orElseThrow(() -> ServiceQueries.servingNotFound(servingId));
		access.servingCase(actor, serving.caseId());
		if (serving.method() != ServiceMethod.ELECTRONIC) {
			throw DomainException.conflict("service-not-electronic", "problem.service-not-electronic.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (provenOn == null || provenOn.isAfter(LocalDate.now(clock))
				|| provenOn.isBefore(serving.createdAt().atZone(clock.getZone()).toLocalDate())) {
			problems.add(new FieldProblem("provenOn", "invalid", "validation.service.proven-on"));
		}
		String text = ServiceAddresses.blankToNull(reason);
		if (text == null || text.length() > REASON_MAX) {
			problems.add(new FieldProblem("reason", "required", "validation.service.proven-reason"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		Serving proven = serving.withProven(provenOn, text);
		servings.update(proven);
		servings.trail(serving.id(), null, TrailStep.PROVEN_DATE, clock.instant(), provenOn + " " + text,
				actor.username());
		Serving settled = effectiveness.settle(proven);
		audit.success("service.proven-date.record", "case", serving.caseId().toString());
		return settled;
	}
}
