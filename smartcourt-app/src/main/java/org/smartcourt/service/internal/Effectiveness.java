package org.smartcourt.service.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.smartcourt.cases.IssuedDocuments;
import org.smartcourt.service.DocumentServed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Settles a service after each new fact: applies the {@link EffectiveDateRule}, and when the day it counts from is
 * new (first effect, or a date the recipient proved), records the service on the case's docket, publishes
 * {@link DocumentServed} and leaves a trail step. A service whose every channel failed is marked failed. The caller
 * holds the service's lock.
 */
@Component
class Effectiveness {

	private final ServingRepository servings;
	private final IssuedDocuments issued;
	private final ApplicationEventPublisher events;
	private final EffectiveDateRule rule;
	private final Clock clock;

	Effectiveness(ServingRepository servings, IssuedDocuments issued, ApplicationEventPublisher events, Clock clock) {
		this.servings = servings;
		this.issued = issued;
		this.events = events;
		this.clock = clock;
		this.rule = new EffectiveDateRule(clock.getZone());
	}

	Serving settle(Serving serving) {
		servings.lockCase(serving.caseId());
		List<Attempt> attempts = serving.method() == ServiceMethod.ELECTRONIC ? servings.attempts(serving.id()) : List.of();
		Optional<Effect> effect = serving.method() == ServiceMethod.ELECTRONIC
				? rule.electronic(attempts.stream().map(Attempt::facts).toList(), serving.acknowledgedAt(),
						serving.provenOn())
				: rule.other(serving.method(), serving.eventOn(), serving.abroad());
		if (effect.isPresent()) {
			Effect e = effect.get();
			if (e.on().equals(serving.effectiveOn()) && e.basis() == serving.effectiveRule()) {
				return serving;
			}
			boolean dateChanged = !e.on().equals(serving.effectiveOn());
			Serving settled = serving.withEffect(e.on(), e.basis());
			servings.update(settled);
			if (dateChanged) {
				servings.trail(serving.id(), null, TrailStep.EFFECTIVE, clock.instant(),
						e.on() + " " + e.basis().citation() + (e.channel() == null ? "" : " " + e.channel().name()),
						null);
				issued.recordService(serving.caseId(), serving.documentId(), serving.partySeq(), serving.method().name(),
						e.on(), serving.createdBy());
				events.publishEvent(new DocumentServed(serving.caseId(), serving.documentId(), serving.partySeq(),
						serving.method().name(), e.on()));
			}
			return settled;
		}
		if (serving.status() == ServingStatus.IN_PROGRESS && !attempts.isEmpty()
				&& attempts.stream().allMatch(Attempt::failed)) {
			Serving failed = serving.withStatus(ServingStatus.FAILED);
			servings.update(failed);
			return failed;
		}
		return serving;
	}
}
