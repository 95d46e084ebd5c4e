package org.smartcourt.cases.web.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.internal.search.CaseSearch;
import org.smartcourt.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 案件查询 over the API. */
@RestController
@Tag(name = "案件 Cases")
class CaseSearchApiController {

	private final CaseSearch search;

	CaseSearchApiController(CaseSearch search) {
		this.search = search;
	}

	@GetMapping("/api/v1/cases/search")
	@Operation(summary = "案件查询",
			description = "按案号、当事人身份证号码或统一社会信用代码、当事人名称（开头部分，至少2个字）查询本院及下级法院的案件；限立案、审判、书记员、庭长、院长与12368坐席使用。每次查询均记入审计日志（证件号码部分隐藏）。")
	CaseSearchResponse search(@Parameter(description = "案号、证件号码或当事人名称", example = "张三")
	@RequestParam(required = false) String q) {
		return CaseSearchResponse.of(search.search(CurrentActor.require(), q));
	}
}
