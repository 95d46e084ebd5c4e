/**
 * 智能保全: property preservation (财产保全) under 《民事诉讼法》第一百零三条至第一百一十一条, 《最高人民法院关于人民法院办理财产保全案件若干问题的规定》
 * (2020) and 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百五十二条至第一百七十三条、第四百八十五条. Applications before suit
 * (诉前保全, a 财保 case), during litigation and after judgment before enforcement, with their property or leads and
 * their security ({@link SecurityRule}); ruling and enforcement clocks from the deadlines engine, escalated to the
 * division head; the 执保 case for the enforcement bureau; measures with their legal periods, the expiry told to the
 * applicant in writing, warnings before expiry, renewal, automatic lapse, conversion of pre-suit measures when the
 * suit is filed, lifting and review (复议).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cases", "deadlines", "fees",
		"notification", "accounts", "audit", "casefile", "storage", "organization" })
package org.smartcourt.preservation;
