package org.smartcourt.service.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.service.internal.Attempt;
import org.smartcourt.service.internal.PeriodView;
import org.smartcourt.service.internal.Serving;
import org.smartcourt.service.internal.ServingView;
import org.smartcourt.service.internal.TrailEntry;

/**
 * A service as the API shows it: the document and party, the method and status, each channel with its trail, the
 * effective date with the rule and its articles, the periods it started.
 */
record ServingResponse(UUID id, UUID caseId, String caseNumber, UUID documentId, String documentTitle,
		String documentKind, int partySeq, String partyName, String method, String status, LocalDate effectiveOn,
		String effectiveRule, String effectiveCitation, Instant acknowledgedAt, Instant paperRequestedAt,
		String reference, LocalDate handedOverOn, LocalDate eventOn, LocalDate provenOn, List<AttemptResponse> attempts,
		List<TrailResponse> trail, List<PeriodView> periods, String certificateUrl) {

	record AttemptResponse(UUID id, String channel, String address, boolean addressConfirmed, Instant queuedAt,
			Instant sentAt, Instant openedAt, Instant failedAt, String failureReason) {

		static AttemptResponse of(Attempt a) {
			return new AttemptResponse(a.id(), a.channel().name(), a.address(), a.addressConfirmed(), a.queuedAt(),
					a.sentAt(), a.openedAt(), a.failedAt(), a.failureReason());
		}
	}

	record TrailResponse(String step, String channel, Instant at, String detail) {

		static TrailResponse of(TrailEntry t) {
			return new TrailResponse(t.step().name(), t.channel() == null ? null : t.channel().name(), t.at(), t.detail());
		}
	}

	static ServingResponse of(ServingView v) {
		Serving s = v.serving();
		return new ServingResponse(s.id(), s.caseId().value(), v.caseNumber(), s.documentId(), v.document().title(),
				v.document().kind(), s.partySeq(), v.party().name(), s.method().name(), s.status().name(),
				s.effectiveOn(), s.effectiveRule() == null ? null : s.effectiveRule().name(),
				s.effectiveRule() == null ? null : s.effectiveRule().citation(), s.acknowledgedAt(),
				s.paperRequestedAt(), s.reference(), s.handedOverOn(), s.eventOn(), s.provenOn(),
				v.attempts().stream().map(AttemptResponse::of).toList(),
				v.trail().stream().map(TrailResponse::of).toList(), v.periods(),
				s.effective() && s.method().name().equals("ELECTRONIC")
						? "/api/v1/service/servings/" + s.id() + "/certificate" : null);
	}
}
