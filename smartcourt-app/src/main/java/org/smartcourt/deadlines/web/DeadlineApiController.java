package org.smartcourt.deadlines.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.deadlines.Deadlines;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 期限计算 over the API: any signed-in user may compute a statutory period and read the rule table. */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "期限 Deadlines", description = "按法定期间规则计算审限、答辩期、上诉期、保全期限等，附逐步说明与法条依据")
class DeadlineApiController {

	private final Deadlines deadlines;

	DeadlineApiController(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@PostMapping("/compute")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "计算期限届满日",
			description = "起算日当日不计入；按月计算的以到期月对应日为最后一日，无对应日的取月末日；扣除期间顺延届满日；届满日为休息日的顺延至其后第一个工作日（按小时计算和时点类规则除外）。输入有误时返回 400 及逐字段错误。")
	DeadlineResponse compute(@RequestBody ComputeRequest request) {
		return DeadlineResponse.of(deadlines.compute(DeadlineInput.parse(deadlines, request.ruleId(), request.start(),
				request.exclusionTexts(), Boolean.TRUE.equals(request.inCustody()))));
	}

	@GetMapping("/rules")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "期限规则表", description = "每条规则的期间、起算事件、法条（法律、条、款、项、版本）与依据可信度。")
	List<RuleResponse> rules() {
		return deadlines.rules().stream().map(RuleResponse::of).toList();
	}
}
