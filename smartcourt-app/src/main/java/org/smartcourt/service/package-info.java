/**
 * 送达平台: service of the court's 诉讼文书 on parties. Each party's 送达地址确认书 and consent to 电子送达 (《人民法院在线
 * 诉讼规则》 arts. 29–30, 民诉解释 art. 136), kept as a history; 电子送达 on several channels at once (诉讼服务平台专用账号,
 * SMS with a link, e-mail) through the notification service, with a full trail per channel and the date service took
 * effect by the rules of 民诉法 art. 90, 民诉解释 art. 135 and 在线诉讼规则 art. 31 (the earliest effective channel
 * counts); the other methods (邮寄, 直接, 留置, 委托, 转交, 公告: 民诉法 arts. 87–95, 283); the 电子送达凭证 with the force
 * of a 送达回证. Effective services go on the case's docket and are published as {@link
 * org.smartcourt.service.DocumentServed}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cases", "organization", "accounts",
		"audit", "storage", "ledger", "deadlines", "notification", "casefile" })
package org.smartcourt.service;
