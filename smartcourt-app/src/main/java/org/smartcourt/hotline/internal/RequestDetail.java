package org.smartcourt.hotline.internal;

import java.util.List;

/**
 * A request as one person sees it, with what they may do next.
 *
 * @param caseStatus the case details, only for a verified 案件信息查询 and only to the desk and the requester.
 * @param desk whether they work the desk for it (forward, call back, close).
 * @param mayAnswer whether they may answer it now (the handler, or the desk for what it holds itself).
 * @param mayStart whether they may mark it 处理中.
 * @param requester whether it is their own request (rate it).
 */
public record RequestDetail(HotlineRequest request, List<RequestStep> steps, CaseStatusReport caseStatus,
		boolean desk, boolean mayAnswer, boolean mayStart, boolean requester) {

	public RequestDetail {
		steps = List.copyOf(steps);
	}

	public boolean mayRate() {
		return requester && !request.status().awaitsAnswer() && request.satisfaction() == null;
	}
}
