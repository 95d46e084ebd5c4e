package org.smartcourt.service.internal;

/** How a 送达地址确认书 reached the court. */
public enum AddressForm {
	/** Confirmed by the party or its agent on the portal (诉讼平台在线确认, 在线诉讼规则 art. 30). */
	ONLINE,
	/** The signed paper, scanned and uploaded by the court. */
	SCANNED,
	/** Recorded by the court from other evidence (电话确认, a pre-dispute agreement, an earlier service accepted). */
	RECORDED,
	/** The platform account the case was filed with online: an address given in the 起诉状 (art. 29 (三)). */
	PLEADING;

	public String labelKey() {
		return "service.form." + name();
	}
}
