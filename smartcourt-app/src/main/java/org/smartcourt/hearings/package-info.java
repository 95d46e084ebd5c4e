/**
 * Hearings (排期开庭): hearings, 庭前会议, mediation sessions and 宣判 of a case, in a courtroom of the case's court or
 * online (在线庭审, with each party's consent for that step: 《人民法院在线诉讼规则》 art. 4). Scheduling refuses
 * conflicts for the courtroom, every person sitting on the case and the parties' lawyers, and suggests free slots on
 * working days; it sends 传票 and 出庭通知书. Adjournments (延期开庭) follow 《民事诉讼法》 art. 149 and the 2019 rule
 * 《关于严格规范民商事案件延长审限和延期开庭问题的规定》 arts. 3, 5 and 6. Hearing records keep attendance, the 庭审笔录
 * and the recording reference. Public hearings are announced (开庭公告, 《民事诉讼法》 art. 139); non-public ones and
 * meeting links never are.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cases", "organization", "deadlines",
		"notification", "accounts", "storage", "audit" })
package org.smartcourt.hearings;
