package org.smartcourt.cases.internal.closing;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something the case file lacks for closing or archiving: a document of a kind, the pronouncement of a decision, the
 * service of a document on a party, or a docket step.
 *
 * @param kind the document kind concerned, or {@literal null}.
 * @param partyName the party not yet served, or {@literal null}.
 */
public record MissingItem(What what, DocumentKind kind, String partyName) {

	/** The kinds of gap. */
	public enum What {
		/** No document of the kind is on record. */
		DOCUMENT,
		/** The decision was not pronounced (宣判). */
		PRONOUNCEMENT,
		/** The document has not reached the party. */
		SERVICE,
		/** The closing record or its docket entry is missing. */
		CLOSING_RECORD,
		/** A scheduled hearing is marked neither held nor adjourned on the docket. */
		HEARING_OPEN
	}

	public static MissingItem document(DocumentKind kind) {
		return new MissingItem(What.DOCUMENT, kind, null);
	}

	public static MissingItem pronouncement(DocumentKind kind) {
		return new MissingItem(What.PRONOUNCEMENT, kind, null);
	}

	public static MissingItem service(DocumentKind kind, String partyName) {
		return new MissingItem(What.SERVICE, kind, partyName);
	}

	public String messageKey() {
		return "closing.missing." + what.name();
	}

	/** Arguments of {@link #messageKey()}: the kind's name (resolved from the bundle) and the party's name. */
	public List<Object> args() {
		return List.of(kind == null ? "" : new DefaultMessageSourceResolvable(kind.labelKey()),
				partyName == null ? "" : partyName);
	}
}
