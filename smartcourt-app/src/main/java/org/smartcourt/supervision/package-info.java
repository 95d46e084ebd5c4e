/**
 * 院庭长审判监督管理 and 审判质效: trial quality-efficiency indicators defined as data (measures over case facts and
 * formulas over measures, {@code reference/supervision/indicators.json}), kept incrementally per court, department,
 * 类型代字 and month from the cases module's events, so that dashboards never scan all cases; every number drills down
 * to the cases it counts. Rules: domain-rules §10 (formulas in court practice; the 2024 SPC system forbids league
 * tables, so courts are compared by distributions and reference ranges, never ranked).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "accounts", "cases",
		"organization", "notification", "casefile" })
package org.smartcourt.supervision;
