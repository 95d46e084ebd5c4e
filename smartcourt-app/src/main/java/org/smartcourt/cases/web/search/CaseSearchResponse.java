package org.smartcourt.cases.web.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.internal.search.CaseSearchHit;
import org.smartcourt.cases.internal.search.CaseSearchResult;
import org.smartcourt.cases.internal.search.SearchKind;

/** The cases a search found. */
@Schema(description = "案件查询结果（最新立案在前，最多50件）")
record CaseSearchResponse(@Schema(description = "查询内容被识别为：案号、证件号码或当事人名称") SearchKind kind,
		List<Hit> cases, @Schema(description = "是否还有更多匹配案件（请缩小查询范围）") boolean more) {

	@Schema(description = "查到的案件")
	record Hit(UUID id, @Schema(description = "案号") String caseNumber, @Schema(description = "立案法院") String courtId,
			@Schema(description = "当事人及案由摘要") String title, CaseStage stage,
			@Schema(description = "立案日期") LocalDate registeredOn,
			@Schema(description = "匹配的当事人（按案号查询时为空）") String matchedParty, PartySide matchedSide) {

		static Hit of(CaseSearchHit h) {
			return new Hit(h.id().value(), h.caseNumber(), h.court().value(), h.title(), h.stage(), h.registeredOn(),
					h.matchedParty(), h.matchedSide());
		}
	}

	static CaseSearchResponse of(CaseSearchResult result) {
		return new CaseSearchResponse(result.kind(), result.hits().stream().map(Hit::of).toList(), result.more());
	}
}
