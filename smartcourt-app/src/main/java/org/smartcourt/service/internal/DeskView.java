package org.smartcourt.service.internal;

import java.util.List;

/**
 * The clerk's service desk for one court.
 *
 * @param unserved documents for parties that nobody started to serve.
 * @param pending 待送达 entries (an issued document that could not be served electronically).
 * @param fallback 需转其他方式: electronic services failed or not effective after {@code fallbackDays}.
 * @param paperRequests services whose recipient asked for the paper document.
 */
public record DeskView(List<ServedDocument> unserved, long unservedCount, List<ServingView> pending, long pendingCount,
		List<ServingView> inProgress, long inProgressCount, List<ServingView> failed, long failedCount,
		List<ServingView> fallback, long fallbackCount, List<ServingView> paperRequests, int fallbackDays) {
}
