/**
 * 分调裁审 · 多元解纷: the router (繁简分流) that suggests a track for every new civil filing and registered case with
 * its reasons; the roster of 特邀调解组织 and 特邀调解员; mediations before filing (诉前调解, 委派) and after filing
 * (委托调解) with their clocks (《人民法院在线调解规则》 arts. 10, 12, 24), agreements confirmed by all parties online
 * (art. 19), judicial confirmation (民诉法 art. 205: 诉前调确 / 民特) or a 诉前调书, and the ending grounds of art. 25
 * that send a pre-suit dispute back to 登记立案 (art. 21).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "accounts", "cases",
		"catalogue", "casefile", "deadlines", "filing", "notification", "storage" })
package org.smartcourt.mediation;
