/**
 * Cases: full-process online case handling (全流程网上办案) from 立案 to 归档. It issues the 案号 under
 * 《最高人民法院关于人民法院案件案号的若干规定》 (法〔2015〕137号, as amended by 法〔2018〕335号) without gaps across app
 * nodes ({@link org.smartcourt.cases.CaseNumbers}); keeps each case's parties, team, stage and docket
 * ({@link org.smartcourt.cases.Cases}, {@link org.smartcourt.cases.Docket}); assigns cases at random with a
 * replayable draw and forms panels; runs the case's 审限 from its docket on the deadlines engine, with extensions,
 * suspensions and warnings; and closes and archives cases with their documents and service records. Staff of the
 * case's court or a court above it read a case; its parties see it at the parties' level; the docket's audience
 * keeps court-only entries from them. Other modules add to the case page through {@link
 * org.smartcourt.cases.CaseSection}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "catalogue", "audit", "storage",
		"organization", "deadlines", "notification", "accounts" })
package org.smartcourt.cases;
