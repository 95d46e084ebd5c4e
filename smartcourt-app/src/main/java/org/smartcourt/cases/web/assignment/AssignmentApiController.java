package org.smartcourt.cases.web.assignment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.cases.internal.assignment.AssignmentSettings;
import org.smartcourt.cases.internal.assignment.Assignments;
import org.smartcourt.cases.internal.assignment.PanelForm;
import org.smartcourt.cases.internal.assignment.Panels;
import org.smartcourt.cases.internal.assignment.ProcedureChanges;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 分案、审判组织与程序转换 over the API, with the same rules as the pages. */
@RestController
@Tag(name = "分案 Assignment", description = "随机分案、指定分案与变更承办法官、合议庭、程序转换")
class AssignmentApiController {

	private final Assignments assignments;
	private final Panels panels;
	private final ProcedureChanges procedures;
	private final AssignmentSettings settings;

	AssignmentApiController(Assignments assignments, Panels panels, ProcedureChanges procedures,
			AssignmentSettings settings) {
		this.assignments = assignments;
		this.panels = panels;
		this.procedures = procedures;
		this.settings = settings;
	}

	@PostMapping("/api/v1/cases/{id}/assignment")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "随机分案",
			description = "立案庭工作人员、庭长或院长对本院待分案案件随机分案：在承办部门中可审理该类案件、当日在岗且无须回避的法官中，按权重 1/(1+未结案件数) 抽取；保存种子、候选人及权重和排除理由，可复核。承办部门不唯一时须指定 departmentId。")
	AssignmentResponse random(@PathVariable UUID id, @RequestBody(required = false) AssignmentRequests.RandomAssignment body) {
		return AssignmentResponse.of(assignments.assignAtRandom(CurrentActor.require(), new CaseId(id),
				body == null ? null : body.departmentId()));
	}

	@GetMapping("/api/v1/cases/{id}/assignments")
	@Operation(summary = "分案记录", description = "仅限法院工作人员；当事人无权查看（按未找到处理），不会看到种子和排除理由。")
	List<AssignmentResponse> history(@PathVariable UUID id) {
		return assignments.history(CurrentActor.require(), new CaseId(id)).stream().map(AssignmentResponse::of).toList();
	}

	@GetMapping("/api/v1/cases/{id}/assignments/{aid}/replay")
	@Operation(summary = "复核随机抽签", description = "用保存的种子、候选人顺序和权重重新抽签，显示结果是否与记录一致。")
	ReplayResponse replay(@PathVariable UUID id, @PathVariable UUID aid) {
		return ReplayResponse.of(assignments.replay(CurrentActor.require(), new CaseId(id), aid));
	}

	@PostMapping("/api/v1/cases/{id}/designation-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "申请指定分案或变更承办法官", description = "须说明理由；由申请人以外的庭长或院长批准，并标记为院庭长监督事项。")
	DesignationRequestResponse request(@PathVariable UUID id, @RequestBody AssignmentRequests.Designation body) {
		return DesignationRequestResponse.of(assignments.requestDesignation(CurrentActor.require(), new CaseId(id),
				body.judgeStaffId(), body.reason()));
	}

	@GetMapping("/api/v1/cases/{id}/designation-requests")
	@Operation(summary = "指定分案、变更承办法官申请列表", description = "仅限法院工作人员。")
	List<DesignationRequestResponse> requests(@PathVariable UUID id) {
		return assignments.requests(CurrentActor.require(), new CaseId(id))
			.stream()
			.map(DesignationRequestResponse::of)
			.toList();
	}

	@PostMapping("/api/v1/cases/{id}/designation-requests/{rid}/approve")
	@Operation(summary = "批准指定分案或变更承办法官", description = "庭长或院长，且不得是申请人本人（403）。")
	AssignmentResponse approve(@PathVariable UUID id, @PathVariable UUID rid,
			@RequestBody(required = false) AssignmentRequests.Decision body) {
		return AssignmentResponse.of(assignments.approve(CurrentActor.require(), new CaseId(id), rid,
				body == null ? null : body.note()));
	}

	@PostMapping("/api/v1/cases/{id}/designation-requests/{rid}/refuse")
	@Operation(summary = "不同意指定分案或变更承办法官", description = "须说明理由。")
	Map<String, String> refuse(@PathVariable UUID id, @PathVariable UUID rid,
			@RequestBody AssignmentRequests.Decision body) {
		assignments.refuse(CurrentActor.require(), new CaseId(id), rid, body.note());
		return Map.of("status", "REFUSED");
	}

	@PostMapping("/api/v1/cases/{id}/panel")
	@Operation(summary = "组成合议庭或确定独任审理",
			description = "form=COLLEGIAL：普通程序组成合议庭（审判长默认承办法官，成员为法官，人民陪审员从本院名册随机抽取，人数合计为三人以上单数）；form=SOLE：简易、小额、速裁程序由承办法官独任审理。程序与形式不符时返回409。")
	List<TeamMember> panel(@PathVariable UUID id, @RequestBody AssignmentRequests.Panel body) {
		boolean collegial = !"SOLE".equals(body.form());
		if (body.form() == null || !("SOLE".equals(body.form()) || "COLLEGIAL".equals(body.form()))) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("form", "invalid", "validation.panel.form")));
		}
		return panels.form(CurrentActor.require(), new CaseId(id), new PanelForm(collegial, body.presidingJudge(),
				body.memberJudges(), body.assessors() == null ? 0 : body.assessors()));
	}

	@PostMapping("/api/v1/cases/{id}/procedure-change")
	@Operation(summary = "程序转换",
			description = "承办法官：简易转普通（民事诉讼法第一百七十条，审理期限届满前）、小额诉讼转简易或普通（第一百六十九条）、经当事人双方约定普通转简易（第一百六十条第二款，开庭前）。须说明理由。")
	Map<String, String> changeProcedure(@PathVariable UUID id, @RequestBody AssignmentRequests.ProcedureChange body) {
		var entry = procedures.change(CurrentActor.require(), new CaseId(id), body.to(), body.reason(),
				Boolean.TRUE.equals(body.partiesAgreed()));
		return Map.of("from", entry.detail("from"), "to", entry.detail("to"), "summary", entry.summary());
	}

	@PutMapping("/api/v1/assignment-settings")
	@Operation(summary = "自动分案开关", description = "院长设置本院立案后是否自动随机分案。")
	AssignmentRequests.AutomaticSetting setAutomatic(@RequestBody AssignmentRequests.AutomaticSetting body) {
		return new AssignmentRequests.AutomaticSetting(settings.setAutomatic(CurrentActor.require(), body.automatic()));
	}
}
