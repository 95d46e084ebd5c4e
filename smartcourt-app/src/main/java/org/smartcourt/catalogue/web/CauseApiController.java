package org.smartcourt.catalogue.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.catalogue.internal.CauseCatalogue;
import org.smartcourt.shared.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of causes of action (民事案件案由规定), for any signed-in user. */
@RestController
@RequestMapping("/api/v1/catalogue/causes")
@Tag(name = "案由 Causes of action", description = "民事案件案由规定（法〔2020〕347号）四级案由目录：部分、第二级、第三级、第四级案由。"
		+ "代码为各级官方序号以点连接，如 4.10.103.3 即 第四部分／十、合同纠纷／103.借款合同纠纷／(3)民间借贷纠纷。")
class CauseApiController {

	private final Causes causes;
	private final CauseCatalogue catalogue;

	CauseApiController(Causes causes, CauseCatalogue catalogue) {
		this.causes = causes;
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "第一级案由或按名称搜索案由",
			description = "不带 q 时返回十一个部分（第一级案由）；带 q 时返回名称包含该文字的案由（按名称完全相同、以其开头、其余的顺序，同类按目录顺序），最多 20 条。")
	List<CauseResponse> rootsOrSearch(
			@Parameter(description = "案由名称中的文字，如「借贷」") @RequestParam(required = false) String q,
			@Parameter(description = "最多返回条数，1 至 20，默认 20") @RequestParam(defaultValue = "20") int limit) {
		CurrentActor.require();
		if (q == null || q.isBlank()) {
			return causes.roots().stream().map(CauseResponse::of).toList();
		}
		int capped = Math.max(1, Math.min(limit, CauseCatalogue.SEARCH_LIMIT));
		return causes.search(q, capped).stream().map(CauseResponse::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "查看案由", description = "含自第一级案由至本案由的路径（面包屑）及参考数据的可靠程度（confidence：HIGH 已核、MEDIUM 序号待核、LOW 待核）。")
	CauseDetailResponse one(@Parameter(description = "案由代码，如 4.10.103.3") @PathVariable String code) {
		CurrentActor.require();
		return CauseDetailResponse.of(catalogue.node(code));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "下一级案由", description = "按目录顺序；末级案由返回空列表。")
	List<CauseResponse> children(@Parameter(description = "案由代码，如 4.10") @PathVariable String code) {
		CurrentActor.require();
		return catalogue.children(code).stream().map(CauseResponse::of).toList();
	}
}
