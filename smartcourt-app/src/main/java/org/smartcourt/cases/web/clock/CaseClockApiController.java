package org.smartcourt.cases.web.clock;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.internal.clock.ClockExclusion;
import org.smartcourt.cases.internal.clock.ClockQueries;
import org.smartcourt.cases.internal.clock.ExtensionCommands;
import org.smartcourt.cases.internal.clock.PauseCommands;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 审限 of a case: the clock, extension requests and decisions, 中止/恢复 and other excluded periods; 审限 lists. */
@RestController
@Tag(name = "审限 Case clocks", description = "审限计算、延长审限审批、中止与恢复、扣除审限期间、审限预警列表")
class CaseClockApiController {

	private final ClockQueries queries;
	private final ExtensionCommands extensions;
	private final PauseCommands pauses;

	CaseClockApiController(ClockQueries queries, ExtensionCommands extensions, PauseCommands pauses) {
		this.queries = queries;
		this.extensions = extensions;
		this.pauses = pauses;
	}

	@GetMapping("/api/v1/cases/{id}/clock")
	@Operation(summary = "案件审限",
			description = "审限届满日、状态、剩余天数与逐条说明（含法律依据），已批准的延长与扣除审限期间。法院工作人员与本案当事人看到相同的事实（2019年《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第七条）；延长审限申请与不批准决定不在其中。")
	ClockResponse clock(@PathVariable UUID id) {
		ClockQueries.CaseClockView view = queries.clockOf(CurrentActor.require(), new CaseId(id));
		return view.clock().map(c -> ClockResponse.of(c, view.exclusions(), view.suspended()))
			.orElseGet(() -> ClockResponse.none(view.suspended()));
	}

	@PostMapping("/api/v1/cases/{id}/extension-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "申请延长审限",
			description = "独任审判员或合议庭成员在审限届满十五日前申请（2019年规定第一条）；逾期申请以422拒绝并说明依据。")
	ExtensionRequestResponse request(@PathVariable UUID id, @RequestBody ExtensionRequestBody body) {
		return ExtensionRequestResponse.of(extensions.request(CurrentActor.require(), new CaseId(id), body.length(),
				body.unit(), body.reason()));
	}

	@GetMapping("/api/v1/cases/{id}/extension-requests")
	@Operation(summary = "延长审限申请记录", description = "仅限法院工作人员；当事人无权查看（403）。")
	List<ExtensionRequestResponse> requests(@PathVariable UUID id) {
		return extensions.of(CurrentActor.require(), new CaseId(id)).stream().map(ExtensionRequestResponse::of).toList();
	}

	@PostMapping("/api/v1/cases/{id}/extension-requests/{rid}/approve")
	@Operation(summary = "批准延长审限",
			description = "本院院长审批第一次延长；规则要求报上级法院的，由上一级法院院长审批。批准的延长向当事人公开。")
	ExtensionRequestResponse approve(@PathVariable UUID id, @PathVariable UUID rid,
			@RequestBody(required = false) DecisionBody body) {
		DecisionBody decision = body == null ? new DecisionBody(null, null) : body;
		return ExtensionRequestResponse.of(extensions.approve(CurrentActor.require(), new CaseId(id), rid,
				decision.length(), decision.note()));
	}

	@PostMapping("/api/v1/cases/{id}/extension-requests/{rid}/refuse")
	@Operation(summary = "不批准延长审限", description = "须说明理由；仅在法院内部记录。")
	ExtensionRequestResponse refuse(@PathVariable UUID id, @PathVariable UUID rid, @RequestBody DecisionBody body) {
		return ExtensionRequestResponse.of(extensions.refuse(CurrentActor.require(), new CaseId(id), rid, body.note()));
	}

	@PostMapping("/api/v1/cases/{id}/suspension")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "中止诉讼",
			description = "承办法官或审判长依《民事诉讼法》第一百五十三条裁定中止；中止期间不计入审限（2000年规定第九条第（九）项），并通知庭长。")
	ClockResponse.Exclusion suspend(@PathVariable UUID id, @RequestBody SuspensionBody body) {
		return exclusion(pauses.suspend(CurrentActor.require(), new CaseId(id), body.ground(), body.reason(),
				body.from()));
	}

	@PostMapping("/api/v1/cases/{id}/resumption")
	@Operation(summary = "恢复诉讼", description = "案件回到审理中，自恢复之日起继续计算审限。")
	ClockResponse resume(@PathVariable UUID id, @RequestBody(required = false) ResumptionBody body) {
		Actor actor = CurrentActor.require();
		pauses.resume(actor, new CaseId(id), body == null ? null : body.on());
		return clock(id);
	}

	@PostMapping("/api/v1/cases/{id}/exclusions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "扣除审限期间开始",
			description = "公告、鉴定、和解、管辖异议、管辖争议、审计评估、延长的调解期间等；与已有期间重叠或日期不合理的，返回400及字段说明。")
	ClockResponse.Exclusion startExclusion(@PathVariable UUID id, @RequestBody ExclusionBody body) {
		return exclusion(pauses.startExclusion(CurrentActor.require(), new CaseId(id), body.kind(), body.from(),
				body.reason(), body.citation()));
	}

	@PostMapping("/api/v1/cases/{id}/exclusions/{eid}/end")
	@Operation(summary = "扣除审限期间结束", description = "结束日为最后一个不计入审限的日期，不得早于开始日或晚于今日。")
	ClockResponse endExclusion(@PathVariable UUID id, @PathVariable UUID eid, @RequestBody ExclusionEndBody body) {
		pauses.endExclusion(CurrentActor.require(), new CaseId(id), eid, body.to());
		return clock(id);
	}

	@GetMapping("/api/v1/cases")
	@Operation(summary = "审限列表",
			description = "view=assigned：本人承办或参与的未结案件；view=court：庭长看本庭、院长看本院的未结案件，可按 filter=near-expiry|overdue|extended|suspended 与 stage 筛选。")
	List<ClockListResponse> list(@RequestParam String view, @RequestParam(required = false) String filter,
			@RequestParam(required = false) CaseStage stage) {
		Actor actor = CurrentActor.require();
		var rows = switch (view) {
			case "assigned" -> queries.assigned(actor);
			case "court" -> queries.court(actor, filter, stage);
			default -> throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("view", "invalid", "validation.clock.view")));
		};
		return rows.stream().map(r -> ClockListResponse.of(r, queries.today(), queries.nearDays())).toList();
	}

	private static ClockResponse.Exclusion exclusion(ClockExclusion e) {
		return new ClockResponse.Exclusion(e.id().toString(), e.kind().label(), e.startedOn(), e.endedOn(),
				e.reason(), e.citation());
	}
}
