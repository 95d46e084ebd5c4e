package org.smartcourt.casefile.internal.documents;

/** Where a 文书草稿 stands. */
public enum DraftStatus {
	/** 草稿: the case team edits it. */
	DRAFT,
	/** 已签发: frozen; its PDF is on the case and anchored in the ledger. */
	ISSUED;

	public String labelKey() {
		return "casefile.documents.status." + name();
	}
}
