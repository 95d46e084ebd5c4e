/**
 * The electronic case file (电子卷宗随案同步生成) and court documents (文书生成). Every case has a catalogue of its
 * material in two volumes, 正卷 (the parties may read what is meant for them) and 副卷 (internal: deliberation
 * records, 审委会 minutes; never shown to parties on any route), ordered by material category as courts bind their
 * files; it fills itself from filing, service, hearings, the parties' evidence and the documents the court issues,
 * and exports as one bookmarked PDF per volume. Court documents are filled from case data with templates an
 * administrator edits, edited before issue, then frozen as a PDF anchored in the evidence ledger (《人民法院在线诉讼规则》
 * art. 35: the electronic file is made as the case goes).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cases", "organization", "storage",
		"ledger", "audit", "accounts", "filing", "hearings", "catalogue", "notification" })
package org.smartcourt.casefile;
