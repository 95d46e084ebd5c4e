/**
 * 12368 诉讼服务热线 and the 诉讼服务大厅 service desk (《人民法院在线运行规则》 art. 5 names 12368 among the
 * 智慧服务系统): requests (诉求) of every 12368 kind received by phone, online or at the hall, each numbered
 * {@code 12368-<法院代字>-<year>-<seq>} without gaps, routed to the responsible court, judge or supervisor, answered
 * within a service target counted in working days on the holiday calendar, escalated when overdue, called back,
 * closed and rated. Case details are given only after the caller is verified as a party or agent of the case. The
 * desk has a knowledge base (知识库) that the public portal searches too, and statistics by kind and court.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cases", "organization", "accounts",
		"audit", "deadlines", "notification" })
package org.smartcourt.hotline;
