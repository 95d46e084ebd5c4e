package org.smartcourt.hotline.internal;

/**
 * A request just received, with the case details when the request is a verified 案件信息查询.
 *
 * @param caseStatus {@literal null} unless the caller was verified for the case.
 */
public record Received(HotlineRequest request, CaseStatusReport caseStatus) {
}
