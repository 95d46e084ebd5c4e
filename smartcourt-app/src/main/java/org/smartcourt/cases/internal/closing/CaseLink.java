package org.smartcourt.cases.internal.closing;

import java.util.UUID;

import org.smartcourt.cases.CaseId;

/**
 * A link as seen from one case.
 *
 * @param outgoing whether this case is the link's {@code from} side (the later instance or the retrial).
 * @param otherCaseNumber the linked case's 案号.
 */
public record CaseLink(UUID id, LinkKind kind, boolean outgoing, CaseId otherCase, String otherCaseNumber,
		String otherTitle, String note) {

	/** The message key that names the other case's place, e.g. 前审案件 or 后续审级案件. */
	public String roleKey() {
		return "closing.link.role." + kind.name() + (outgoing ? ".to" : ".from");
	}
}
