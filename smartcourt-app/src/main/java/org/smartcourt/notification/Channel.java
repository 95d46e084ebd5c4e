package org.smartcourt.notification;

/** The ways a message reaches a person (通知渠道). */
public enum Channel {
	/** 站内消息: the platform inbox, the 诉讼服务平台专用账号 of 在线诉讼规则 art. 29. */
	IN_APP,
	/** 短信 over the operator's SMS gateway. */
	SMS,
	/** 电子邮件 over SMTP. */
	EMAIL,
	/** 钉钉群机器人: a signed webhook into a staff group. */
	DINGTALK_ROBOT,
	/** 钉钉工作通知: a message to one staff member's DingTalk. */
	DINGTALK_WORK
}
