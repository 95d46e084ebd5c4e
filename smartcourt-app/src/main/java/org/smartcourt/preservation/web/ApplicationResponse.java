package org.smartcourt.preservation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.preservation.internal.Application;
import org.smartcourt.preservation.internal.Measure;

/** A 保全申请 over the API; amounts in 元 as text, moments in UTC, days in the courts' calendar. */
record ApplicationResponse(UUID id, String kind, String status, String courtId, boolean urgent, String reviewCaseNumber,
		String litigationCaseNumber, String enforcementCaseNumber, String applicant, String respondent, String amount,
		String securityKind, String securityAmount, String noSecurityGround, String requiredSecurity, String fee,
		boolean feePaid, Instant rulingDueAt, Instant ruledAt, Instant enforcementDueAt, LocalDate reviewDueOn,
		LocalDate convertedOn, List<MeasureResponse> measures, List<DocumentResponse> documents,
		List<EventResponse> events) {

	record MeasureResponse(UUID id, int propertySeq, String kind, String objectKind, String object, String amount,
			String status, LocalDate startDate, LocalDate expiryDate, int renewals, LocalDate renewalRequestedOn,
			LocalDate suitDeadline, LocalDate lapsedOn, LocalDate liftedOn) {

		static MeasureResponse of(Measure m) {
			return new MeasureResponse(m.id(), m.propertySeq(), m.kind().name(), m.objectKind().name(),
					m.objectDescription(), m.amount() == null ? null : m.amount().toString(), m.status().name(), m.startDate(),
					m.expiryDate(), m.renewals(), m.renewalRequestedOn(), m.suitDeadline(), m.lapsedOn(), m.liftedOn());
		}
	}

	record DocumentResponse(String kind, String title, String href) {
	}

	record EventResponse(Instant at, String kind, String summary) {
	}

	static ApplicationResponse of(Application a) {
		return new ApplicationResponse(a.id().value(), a.kind().name(), a.status().name(), a.court().value(), a.urgent(),
				a.reviewCase() == null ? null : a.reviewCase().number(),
				a.litigationCase() == null ? null : a.litigationCase().number(),
				a.enforcementCase() == null ? null : a.enforcementCase().number(), a.applicant().name(),
				a.respondent().name(), a.amount().toString(), a.security() == null ? null : a.security().kind().name(),
				a.security() == null ? null : a.security().amount().toString(),
				a.noSecurityGround() == null ? null : a.noSecurityGround().name(),
				a.requiredSecurity() == null ? null : a.requiredSecurity().toString(), a.fee().toString(), a.feePaid(),
				a.rulingDueAt(), a.ruledAt(), a.enforcementDueAt(), a.reviewDueOn(), a.convertedOn(),
				a.measures().stream().map(MeasureResponse::of).toList(),
				a.documents()
					.stream()
					.map(d -> new DocumentResponse(d.kind(), d.title(), "/preservation/" + a.id() + "/documents/" + d.sha256()))
					.toList(),
				a.events().stream().map(e -> new EventResponse(e.at(), e.kind(), e.summary())).toList());
	}
}
