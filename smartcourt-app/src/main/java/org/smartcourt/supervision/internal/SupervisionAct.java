package org.smartcourt.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.supervision.ActKind;

/** A supervisory act on a case and, once given, the 承办法官's answer. */
public record SupervisionAct(UUID id, UUID caseId, String courtId, ActKind kind, String note, String requestedBy,
		String requesterName, Instant requestedAt, LocalDate answerDueOn, String answeredBy, String answererName, String answer,
		Instant answeredAt) {

	public boolean answered() {
		return answeredAt != null;
	}
}
