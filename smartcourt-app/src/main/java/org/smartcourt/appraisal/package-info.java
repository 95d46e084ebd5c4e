/**
 * 司法鉴定平台 · 在线委托鉴定: the court's roster (名册) of appraisal institutions under 《人民法院对外委托司法鉴定管理规定》
 * (2002) arts. 3–9 and 16, and the entrustment of an appraisal on a case under 《最高人民法院关于民事诉讼证据的若干规定》
 * (2019) arts. 30–42: the judge's request, selection by the parties' agreement or a reproducible random draw among
 * qualified, unconflicted institutions (2002 规定 arts. 10, 12), the 委托书 (art. 32) stored and anchored, the
 * 鉴定期限 on the deadlines engine, material requests, extensions, the report, objections (art. 37), court attendance
 * (art. 38), late reports and re-selection with refund (art. 35). The appraisal interval is excluded from the case's
 * 审限 (民诉解释 art. 243) through {@link org.smartcourt.cases.ExcludedPeriods}. The appraisal office (司法技术辅助室)
 * acts for its court; an institution's portal account sees only the entrustments sent to it; parties see their cases'.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cases", "accounts", "audit",
		"deadlines", "notification", "storage", "casefile", "ledger", "organization" })
package org.smartcourt.appraisal;
