package org.smartcourt.hearings;

import java.util.List;
import java.util.Map;

import org.smartcourt.cases.Audience;

/**
 * A case's hearings as one viewer may see them: parties see their case's hearings, adjournments with their reasons
 * (2019 规定第七条), the notices and who attended held hearings; the court also sees adjournments awaiting the 院长.
 *
 * @param attendance who appeared and who did not, per held hearing.
 */
public record CaseHearings(Audience level, List<Hearing> hearings, List<Adjournment> adjournments,
		List<HearingNotice> notices, Map<HearingId, List<Attendance>> attendance) {

	public CaseHearings {
		hearings = List.copyOf(hearings);
		adjournments = List.copyOf(adjournments);
		notices = List.copyOf(notices);
		attendance = Map.copyOf(attendance);
	}

	public List<Attendance> attendanceAt(HearingId id) {
		return attendance.getOrDefault(id, List.of());
	}
}
