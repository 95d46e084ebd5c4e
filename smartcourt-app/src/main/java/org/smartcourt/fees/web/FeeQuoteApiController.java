package org.smartcourt.fees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.fees.CourtFees;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 诉讼费计算 over the API: any signed-in user may ask what a case or application would cost, and why. */
@RestController
@RequestMapping("/api/v1/fees")
@Tag(name = "诉讼费用 Court fees", description = "按《诉讼费用交纳办法》计算案件受理费与申请费，附逐项计算过程与法条依据")
class FeeQuoteApiController {

	private final CourtFees fees;
	private final MessageSource messages;

	FeeQuoteApiController(CourtFees fees, MessageSource messages) {
		this.fees = fees;
		this.messages = messages;
	}

	@PostMapping("/quote")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "计算诉讼费用",
			description = "返回应交金额与计算过程（分段、费率、计费基数、分项金额、法条）。金额最多两位小数；输入有误时返回 400 及逐字段错误。")
	FeeAssessmentResponse quote(@RequestBody FeeQuoteRequest request) {
		return FeeAssessmentResponse.of(fees.assess(request.toFeeRequest()), fees.schedule(), messages);
	}
}
