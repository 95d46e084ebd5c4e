package org.smartcourt.hotline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.smartcourt.hotline.internal.HotlineRequest;
import org.smartcourt.hotline.internal.RequestDetail;
import org.smartcourt.hotline.internal.RequestStep;

/**
 * A 12368 request over the API. {@code caseStatus} is present only for a verified 案件信息查询; {@code targetSource}
 * says where the service target comes from; {@code answerDeliveredVia} is the channel whose 发送成功 record came
 * first.
 */
record RequestView(String id, String number, String courtId, String kind, String kindName, String intake,
		String status, String statusName, String callerName, String callerPhone, String caseNumber, boolean verified,
		String subject, String content, String assignee, String assigneeName, Instant receivedAt, LocalDate dueOn,
		int targetWorkingDays, String targetSource, boolean overdue, String answer, Instant answeredAt,
		Instant answerDeliveredAt, String answerDeliveredVia, Integer satisfaction, String satisfactionComment,
		List<StepView> steps, CaseStatusView caseStatus) {

	record StepView(int seq, String status, String statusName, Instant at, String actorName, String note) {
	}

	static RequestView of(HotlineRequest r, Labels labels) {
		return of(r, List.of(), null, labels);
	}

	static RequestView of(RequestDetail d, Labels labels) {
		return of(d.request(), d.steps(), CaseStatusView.of(d.caseStatus(), labels), labels);
	}

	static RequestView of(HotlineRequest r, List<RequestStep> steps, CaseStatusView caseStatus, Labels labels) {
		return new RequestView(r.id().toString(), r.number(), r.court().value(), r.kind().name(),
				labels.of(r.kind().labelKey()), r.intake().name(), r.status().name(), labels.of(r.status().labelKey()),
				r.caller().name(), r.caller().phone(), r.caseRef().caseNumber(), r.caseRef().verified(), r.subject(),
				r.content(), r.assignee() == null ? null : r.assignee().username(),
				r.assignee() == null ? null : r.assignee().name(), r.receivedAt(), r.dueOn(), r.target().workingDays(),
				r.target().source(), r.overdue(), r.answer(), r.answeredAt(), r.delivery().at(), r.delivery().channel(),
				r.satisfaction(),
				r.satisfactionComment(),
				steps.stream()
					.map(s -> new StepView(s.seq(), s.status().name(), labels.of(s.status().labelKey()), s.at(),
							s.actorName(), s.note()))
					.toList(),
				caseStatus);
	}
}
