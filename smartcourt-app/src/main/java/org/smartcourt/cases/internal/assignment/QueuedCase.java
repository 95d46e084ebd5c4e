package org.smartcourt.cases.internal.assignment;

import java.util.List;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.organization.Staffing.DepartmentSummary;

/**
 * A case in the 待分案 queue.
 *
 * @param pendingReason why automatic assignment did not assign it, or {@literal null}.
 * @param departments the departments that may handle it; more than one means the assigner chooses.
 */
public record QueuedCase(CaseOverview overview, String pendingReason, List<DepartmentSummary> departments) {
}
