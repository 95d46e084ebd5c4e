package org.smartcourt.catalogue.web;

import java.util.List;

import org.smartcourt.catalogue.internal.CauseConfidence;
import org.smartcourt.catalogue.internal.CauseNode;

/**
 * One cause of action with its breadcrumb.
 *
 * @param path from its 部分 down to the cause itself.
 * @param confidence {@code HIGH}, {@code MEDIUM} (序号待核) or {@code LOW} (待核): how sure the reference data is of
 * the official name and number.
 * @param confirmed whether the confidence is {@code HIGH}.
 */
record CauseDetailResponse(String code, String name, int level, String parentCode, List<CauseResponse> path,
		String pathText, CauseConfidence confidence, boolean confirmed) {

	static CauseDetailResponse of(CauseNode node) {
		return new CauseDetailResponse(node.cause().code(), node.cause().name(), node.cause().level(),
				node.cause().parentCode(), node.path().stream().map(CauseResponse::of).toList(), node.pathText(),
				node.confidence(), !node.unconfirmed());
	}
}
