package org.smartcourt.ledger;

import java.util.Arrays;
import java.util.Optional;

/** What kind of record a ledger entry anchors; the wire name is the stable {@code type} line of the canonical leaf. */
public enum EntryType {

	/** 电子证据 submitted by a party. */
	EVIDENCE_FILE("evidence-file"),
	/** Any file kept by the storage module, by content. */
	STORED_FILE("stored-file"),
	/** 立案申请. */
	FILING("filing"),
	/** 案件流程节点 (docket entry). */
	DOCKET_ENTRY("docket-entry"),
	/** 审计记录. */
	AUDIT_RECORD("audit-record"),
	/** 送达回证 (service receipt). */
	SERVICE_RECEIPT("service-receipt"),
	/** 裁判文书 and other court documents. */
	DOCUMENT("document");

	private final String wireName;

	EntryType(String wireName) {
		this.wireName = wireName;
	}

	/** The lower-case name in leaves and URLs; never changes once released. */
	public String wireName() {
		return wireName;
	}

	public static Optional<EntryType> fromWireName(String name) {
		return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
	}
}
