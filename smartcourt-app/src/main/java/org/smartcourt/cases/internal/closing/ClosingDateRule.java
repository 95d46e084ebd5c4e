package org.smartcourt.cases.internal.closing;

/** How a closing method fixes the 结案日期 (2000 rule art. 10). */
public enum ClosingDateRule {
	/** 判决: the day the judgment was pronounced. */
	PRONOUNCEMENT,
	/** 裁定: the day the ruling was announced; a ruling not pronounced is announced by serving it on the last party. */
	ANNOUNCEMENT,
	/** 调解书: the day it reached the last party. */
	LAST_SERVICE,
	/** 执行结案通知书: the day it was signed. */
	SIGNED
}
