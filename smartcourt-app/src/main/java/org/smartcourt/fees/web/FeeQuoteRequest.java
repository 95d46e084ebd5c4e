package org.smartcourt.fees.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A quote request. Amounts are 元 as decimal strings with at most two decimals ({@code "100000.00"}); the claim may
 * instead be given in 分 as {@code amountFen}.
 */
record FeeQuoteRequest(
		@Schema(description = "案件或申请类型", example = "property", allowableValues = { "property", "divorce",
				"personality", "other-non-property", "ip", "labour", "administrative-trademark",
				"administrative-patent", "administrative-maritime", "administrative-other", "jurisdiction-objection",
				"enforcement", "preservation", "payment-order", "public-summons", "arbitration-review",
				"bankruptcy" }) String kind,
		@Schema(description = "诉讼请求金额、执行金额、保全财产数额或破产财产总额（元）", example = "100000") String amount,
		@Schema(description = "同上，以分为单位；与 amount 二选一") Long amountFen,
		@Schema(description = "离婚案件分割财产总额（元）") String divorceProperty,
		@Schema(description = "人格权案件损害赔偿金额（元）") String damages,
		@Schema(description = "ordinary（普通程序）或 simple（简易程序）", example = "ordinary") String procedure,
		@Schema(description = "以调解方式结案") Boolean mediation,
		@Schema(description = "当事人申请撤诉") Boolean withdrawal,
		@Schema(description = "第八条不交纳案件受理费的情形", allowableValues = { "special-procedure", "refused-or-dismissed",
				"appeal-against-ruling", "administrative-compensation" }) String exemption) {

	org.smartcourt.fees.FeeRequest toFeeRequest() {
		return FeeQuoteParser.parse(kind, amount, amountFen, divorceProperty, damages, procedure,
				Boolean.TRUE.equals(mediation), Boolean.TRUE.equals(withdrawal), exemption);
	}
}
