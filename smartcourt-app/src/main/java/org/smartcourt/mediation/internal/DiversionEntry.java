package org.smartcourt.mediation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.mediation.RoutingReason;
import org.smartcourt.mediation.Track;

/**
 * 繁简分流 of one filing ({@code filingId}) or registered case ({@code caseId}): the router's suggestion with its
 * reasons, and the person's decision; {@code overridden} when the decision differs from the suggestion.
 */
public record DiversionEntry(UUID id, String courtId, UUID filingId, UUID caseId, String title, String causeCode,
		String causeName, Long claimFen, Track suggested, Track procedure, List<RoutingReason> reasons,
		String wageNote, boolean wageUnverified, Track decided, String decisionReason, boolean overridden,
		String decidedBy, Instant decidedAt) {

	public DiversionEntry {
		reasons = List.copyOf(reasons);
	}

	/** Whether a person still has to confirm or override the suggestion. */
	public boolean awaitsDecision() {
		return decided == null;
	}

	/** 标的额 in 元, or {@literal null}. */
	public String claimYuan() {
		return claimFen == null ? null : Router.yuan(java.math.BigDecimal.valueOf(claimFen).movePointLeft(2));
	}
}
