package org.smartcourt.casefile.internal.catalogue;

/** Where a material came from; with its reference, it identifies the material, so listeners record it once. */
public enum MaterialSource {
	/** An attachment of the online filing (网上立案). */
	FILING,
	/** A 诉讼文书 recorded on the case. */
	DOCUMENT,
	/** A 送达 on the docket (送达回证). */
	SERVICE,
	/** A 庭审笔录 attached to a hearing. */
	HEARING,
	/** Evidence a party or their lawyer submitted (举证). */
	PARTY_EVIDENCE,
	/** Material the case team uploaded. */
	COURT_UPLOAD;

	public String labelKey() {
		return "casefile.source." + name();
	}
}
