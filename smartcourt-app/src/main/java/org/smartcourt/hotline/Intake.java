package org.smartcourt.hotline;

/** How a request reached the court (受理渠道). */
public enum Intake {

	/** 12368 电话: recorded by an agent. */
	PHONE,
	/** 网上 (诉讼服务网 portal): submitted by a signed-in litigant or lawyer. */
	ONLINE,
	/** 诉讼服务大厅: recorded by an agent or a filing clerk at the hall. */
	HALL;

	public String labelKey() {
		return "hotline.intake." + name();
	}
}
