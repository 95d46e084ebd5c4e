package org.smartcourt.cases.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.internal.CaseLookup;
import org.smartcourt.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases by 案号 (court staff within their scope) and the 案号 reader (any signed-in user). */
@RestController
@Tag(name = "案件 Cases", description = "按案号查找案件；案号解析")
class CaseApiController {

	private final CaseLookup lookup;
	private final CaseNumbers numbers;
	private final Cases cases;
	private final Docket docket;

	CaseApiController(CaseLookup lookup, CaseNumbers numbers, Cases cases, Docket docket) {
		this.lookup = lookup;
		this.numbers = numbers;
		this.cases = cases;
		this.docket = docket;
	}

	@GetMapping("/api/v1/cases/{id}")
	@Operation(summary = "案件详情",
			description = "法院工作人员（立案法院及其上级法院）与本案当事人、代理人可查看；当事人看不到身份证件号码。无权查看的案件按未找到（404）处理。")
	CaseDetailResponse detail(@PathVariable UUID id) {
		Cases.CaseView view = cases.view(CurrentActor.require(), new CaseId(id));
		return CaseDetailResponse.of(view.overview(), view.level());
	}

	@GetMapping("/api/v1/cases/{id}/docket")
	@Operation(summary = "审判流程节点",
			description = "按记录顺序列出案件的流程节点。当事人只能看到面向当事人和公众的节点（2019年《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第七条），仅限法院内部的节点不会返回。")
	List<DocketEntryResponse> docket(@PathVariable UUID id) {
		Cases.CaseView view = cases.view(CurrentActor.require(), new CaseId(id));
		boolean court = view.level() == Audience.COURT;
		return docket.entriesFor(view.overview().id(), view.level())
			.stream()
			.map(e -> DocketEntryResponse.of(e, court))
			.toList();
	}

	@GetMapping("/api/v1/cases/mine")
	@Operation(summary = "我的案件", description = "当事人或律师本人提交或参与的案件，最新在前。")
	List<CaseDetailResponse> mine() {
		return cases.casesOfParty(CurrentActor.require())
			.stream()
			.map(o -> CaseDetailResponse.of(o, Audience.PARTIES))
			.toList();
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
