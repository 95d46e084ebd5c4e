package org.smartcourt.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.internal.CaseLookup;
import org.smartcourt.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases by 案号 (court staff within their scope) and the 案号 reader (any signed-in user). */
@RestController
@Tag(name = "案件 Cases", description = "按案号查找案件；案号解析")
class CaseApiController {

	private final CaseLookup lookup;
	private final CaseNumbers numbers;

	CaseApiController(CaseLookup lookup, CaseNumbers numbers) {
		this.lookup = lookup;
		this.numbers = numbers;
	}

	@GetMapping("/api/v1/cases/by-number")
	@Operation(summary = "按案号查找案件",
			description = "仅限立案法院及其上级法院的工作人员；当事人与律师暂不可用（403）。不在本人权限范围内的案件按未找到（404）处理。")
	CaseResponse byNumber(@Parameter(description = "案号，全角或半角括号均可", example = "（2026）吉01民初1号")
	@RequestParam String number) {
		return CaseResponse.of(lookup.byNumber(CurrentActor.require(), number));
	}

	@GetMapping("/api/v1/case-numbers/parse")
	@Operation(summary = "解析案号",
			description = "依《最高人民法院关于人民法院案件案号的若干规定》（法〔2015〕137号，法〔2018〕335号修改）第2、3条拆分收案年度、法院代字、专门审判代字、类型代字和案件编号；格式不符时返回400。")
	CaseNumberResponse parse(@Parameter(description = "案号文本", example = "(2025)吉01知民初64号") @RequestParam String text) {
		CurrentActor.require();
		return CaseNumberResponse.of(numbers.parse(text));
	}
}
