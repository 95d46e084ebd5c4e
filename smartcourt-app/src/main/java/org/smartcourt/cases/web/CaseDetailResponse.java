package org.smartcourt.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.TeamMember;

/**
 * A case as its viewer may see it. Parties never see identity numbers (theirs or others'); the team lists names and
 * roles only.
 */
record CaseDetailResponse(UUID id, String caseNumber, String courtId, String title, String categoryCode,
		String procedure, String stage, LocalDate registeredOn, String viewerLevel, List<Party> parties,
		List<Member> team) {

	record Party(int seq, boolean agent, String side, String name, Integer represents, boolean lawyer,
			String idNumber) {
	}

	record Member(String name, String role) {
	}

	static CaseDetailResponse of(CaseOverview o, Audience level) {
		boolean court = level == Audience.COURT;
		return new CaseDetailResponse(o.id().value(), o.registration().caseNumber().format(),
				o.registration().courtId().value(), o.registration().title(), o.registration().categoryCode(),
				o.procedure().name(), o.stage().name(), o.registration().registeredOn(), level.name(),
				o.parties().stream().map(p -> party(p, court)).toList(),
				o.team().stream().map(CaseDetailResponse::member).toList());
	}

	private static Party party(CaseParty p, boolean court) {
		return new Party(p.seq(), p.agent(), p.side().name(), p.name(), p.represents(), p.lawyer(),
				court ? p.idNumber() : null);
	}

	private static Member member(TeamMember m) {
		return new Member(m.name(), m.role().name());
	}
}
