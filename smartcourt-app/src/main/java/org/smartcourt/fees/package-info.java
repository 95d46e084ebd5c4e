/**
 * Fees: 诉讼费用 under 《诉讼费用交纳办法》 (国务院令第481号, 2006-12-19, in force 2007-04-01). {@link CourtFees}
 * assesses the 案件受理费 of property and non-property cases (第十三条), the 申请费 of 执行、保全、支付令、公示催告 and
 * others (第十四条), the halving for 简易程序 (第十六条), 调解 or 撤诉 (第十五条) applied once only (《最高人民法院关于适用
 * 〈中华人民共和国民事诉讼法〉的解释》第二百零六条), and the cases that pay no fee (第八条); every result carries the
 * derivation line by line with the article it rests on. The amounts a province fixes inside a legal range are the
 * {@link FeeSchedule} configuration. {@link FeePayments} tracks whether a fee was paid (待缴、已缴、免交、减交、缓交、已退费)
 * through a {@link PaymentGateway}; every payment change is audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.smartcourt.fees;
