package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A 传票 (to a party) or 出庭通知书 (to an agent or other participant), as text; the documents module renders it.
 *
 * @param partySeq the recipient's place in the case's party list.
 * @param deliveredTo the account it was delivered to in-app, or {@literal null}.
 */
public record HearingNotice(UUID id, HearingId hearingId, int partySeq, String recipient, Kind kind, String body,
		String deliveredTo, LocalDateTime createdAt) {

	/** 传票 or 出庭通知书. */
	public enum Kind {
		SUMMONS, APPEARANCE_NOTICE;

		public String labelKey() {
			return "hearing.notice." + name();
		}
	}
}
