package org.smartcourt.cases.internal.assignment;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.SmartCourtMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the demo judges' standing assistants and clerks (by username: judge → assistant, clerk). Runs
 * after the demo organization and sets only teams not set yet, so what a 庭长 changed stays.
 */
@Component
@Order(30)
class DemoJudgeTeams implements ApplicationRunner {

	private static final Map<String, String[]> TEAMS = Map.ofEntries(
			Map.entry("judge", new String[] { "assistant", "clerk" }),
			Map.entry("division-head", new String[] { "assistant", "clerk" }),
			Map.entry("judge-b", new String[] { "assistant-b", "clerk-b" }),
			Map.entry("judge-c", new String[] { "assistant-c", "clerk-c" }),
			Map.entry("judge-0104", new String[] { "assistant-0104", "clerk-0104" }),
			Map.entry("division-head-0104", new String[] { "assistant-0104", "clerk-0104" }),
			Map.entry("judge-b-0104", new String[] { "assistant-b-0104", "clerk-b-0104" }),
			Map.entry("judge-c-0104", new String[] { "assistant-c-0104", "clerk-c-0104" }));

	private final SmartCourtMode mode;
	private final Staffing staffing;
	private final CaseTeams teams;
	private final Clock clock;

	DemoJudgeTeams(SmartCourtMode mode, Staffing staffing, CaseTeams teams, Clock clock) {
		this.mode = mode;
		this.staffing = staffing;
		this.teams = teams;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (mode != SmartCourtMode.DEMO) {
			return;
		}
		TEAMS.forEach((judge, team) -> staffing.byUsername(judge)
			.filter(j -> teams.standingTeam(j.id()).isEmpty())
			.ifPresent(j -> teams.saveStandingTeam(new CaseTeams.StandingTeam(j.id(), id(team[0]), id(team[1])),
					j.court().value(), null, clock.instant())));
	}

	private java.util.UUID id(String username) {
		Optional<StaffSummary> staff = staffing.byUsername(username);
		return staff.map(StaffSummary::id).orElse(null);
	}
}
