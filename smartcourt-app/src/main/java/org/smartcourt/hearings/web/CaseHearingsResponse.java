package org.smartcourt.hearings.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.smartcourt.hearings.CaseHearings;

/** A case's hearings, adjournments and notices as the caller may see them. */
record CaseHearingsResponse(String level, List<HearingResponse> hearings, List<AdjournmentResponse> adjournments,
		List<NoticeResponse> notices, List<AttendanceResponse> attendance) {

	/** Whether a party or agent appeared at a held hearing. */
	record AttendanceResponse(UUID hearingId, int partySeq, String name, boolean agent, boolean appeared) {
	}

	/** A 传票 or 出庭通知书. */
	record NoticeResponse(UUID id, UUID hearingId, int partySeq, String recipient, String kind, String body,
			LocalDateTime createdAt) {
	}

	static CaseHearingsResponse of(CaseHearings h) {
		return new CaseHearingsResponse(h.level().name(), h.hearings().stream().map(HearingResponse::of).toList(),
				h.adjournments().stream().map(AdjournmentResponse::of).toList(),
				h.notices()
					.stream()
					.map(n -> new NoticeResponse(n.id(), n.hearingId().value(), n.partySeq(), n.recipient(),
							n.kind().name(), n.body(), n.createdAt()))
					.toList(),
				h.hearings()
					.stream()
					.flatMap(x -> h.attendanceAt(x.id())
						.stream()
						.map(a -> new AttendanceResponse(x.id().value(), a.partySeq(), a.name(), a.agent(),
								a.appeared())))
					.toList());
	}
}
