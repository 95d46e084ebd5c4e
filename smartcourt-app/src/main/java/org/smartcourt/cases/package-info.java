/**
 * Cases: the 案件 as registered (立案) in a court. It issues the 案号 under 《最高人民法院关于人民法院案件案号的若干规定》
 * (法〔2015〕137号, as amended by 法〔2018〕335号): the parts and their layout ({@link org.smartcourt.cases.CaseNumber}),
 * and numbers per court, 专门审判代字 + 类型代字 and 收案年度 without gaps or duplicates across app nodes
 * ({@link org.smartcourt.cases.CaseNumbers}). It keeps a minimal record of each registered case
 * ({@link org.smartcourt.cases.CaseRegistry}) and announces {@link org.smartcourt.cases.CaseRegistered}; the full
 * case aggregate grows on this record. Only staff of the case's court or a court above it read a case.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "catalogue", "audit",
		"organization", "deadlines", "notification", "accounts" })
package org.smartcourt.cases;
