package org.smartcourt.cases.web.assignment;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.internal.assignment.JudgeAbsence;
import org.smartcourt.cases.internal.assignment.JudgeAbsences;
import org.smartcourt.cases.internal.assignment.JudgeTeams;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 法官不在岗登记 and 审判团队 (a judge's standing assistant and clerk), kept by 庭长 and 院长. */
@RestController
@Tag(name = "分案 Assignment")
class JudgeAbsenceApiController {

	/** A judge's standing team, by staff id and name. */
	record TeamResponse(UUID judgeStaffId, String judgeName, UUID assistantStaffId, String assistantName,
			UUID clerkStaffId, String clerkName) {

		static TeamResponse of(JudgeTeams.Team t) {
			return new TeamResponse(t.judge().id(), t.judge().name(), t.assistant() == null ? null : t.assistant().id(),
					t.assistant() == null ? null : t.assistant().name(), t.clerk() == null ? null : t.clerk().id(),
					t.clerk() == null ? null : t.clerk().name());
		}
	}

	private final JudgeAbsences absences;
	private final JudgeTeams teams;

	JudgeAbsenceApiController(JudgeAbsences absences, JudgeTeams teams) {
		this.absences = absences;
		this.teams = teams;
	}

	@GetMapping("/api/v1/judge-absences")
	@Operation(summary = "本院法官不在岗登记", description = "当前及以后的不在岗期间；随机分案时排除。")
	List<JudgeAbsence> list() {
		return absences.upcoming(CurrentActor.require());
	}

	@PostMapping("/api/v1/judge-absences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "登记法官不在岗", description = "庭长登记本庭法官、院长登记本院法官的休假、培训等不在岗期间（含首尾两日）。")
	JudgeAbsence record(@RequestBody AssignmentRequests.Absence body) {
		return absences.record(CurrentActor.require(), body.staffId(), body.from(), body.to(), body.reason());
	}

	@DeleteMapping("/api/v1/judge-absences/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "撤销不在岗登记")
	void withdraw(@PathVariable UUID id) {
		absences.withdraw(CurrentActor.require(), id);
	}

	@GetMapping("/api/v1/judge-teams")
	@Operation(summary = "本院审判团队", description = "每位法官固定搭配的法官助理和书记员，分案时随承办法官进入案件。")
	List<TeamResponse> teams() {
		return teams.at(CurrentActor.require()).stream().map(TeamResponse::of).toList();
	}

	@PutMapping("/api/v1/judge-teams/{judgeStaffId}")
	@Operation(summary = "设置审判团队", description = "庭长或院长为本院法官设置法官助理和书记员。")
	TeamResponse setTeam(@PathVariable UUID judgeStaffId, @RequestBody AssignmentRequests.StandingTeam body) {
		return TeamResponse.of(teams.set(CurrentActor.require(), judgeStaffId, body.assistantStaffId(),
				body.clerkStaffId()));
	}
}
