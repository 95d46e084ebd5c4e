package org.smartcourt.hearings.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.HearingNotice;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Tells everyone of a scheduled hearing: the notices per party, a message through the notification service (template
 * {@code hearings.scheduled}, in-app and SMS by default) and the docket entry.
 */
@Component
class HearingAnnouncements {

	private final HearingRepository hearings;
	private final Docket docket;
	private final AccountDirectory accounts;
	private final Notifications notifications;
	private final CourtTime time;

	HearingAnnouncements(HearingRepository hearings, Docket docket, AccountDirectory accounts,
			Notifications notifications, CourtTime time) {
		this.hearings = hearings;
		this.docket = docket;
		this.accounts = accounts;
		this.notifications = notifications;
		this.time = time;
	}

	/** 传票 to parties, 出庭通知书 to agents and other participants, in-app to those with accounts; the docket entry. */
	void announce(Actor actor, CaseOverview c, Hearing h) {
		Set<String> notified = new LinkedHashSet<>();
		for (CaseParty p : c.parties()) {
			HearingNotice.Kind kind = p.agent() || p.side() == PartySide.OTHER ? HearingNotice.Kind.APPEARANCE_NOTICE
					: HearingNotice.Kind.SUMMONS;
			String username = p.username() != null && accounts.idOf(p.username()).isPresent() ? p.username() : null;
			hearings.insertNotice(new HearingNotice(UUID.randomUUID(), h.id(), p.seq(), p.name(), kind,
					HearingTexts.notice(kind, c, p, h), username, time.now()), c.id());
			if (username != null) {
				notified.add(username);
			}
		}
		if (c.filerUsername() != null) {
			notified.add(c.filerUsername());
		}
		Map<String, String> values = HearingTexts.messageValues(h);
		for (String username : notified) {
			accounts.idOf(username)
				.ifPresent(id -> notifications.send(new Message("hearings.scheduled:" + h.id() + ":" + id.value(),
						Recipient.user(id), "hearings.scheduled", values, "/cases/" + c.id(), Set.of())));
		}
		docket.record(c.id(), actor, new NewDocketEntry(DocketEntryType.HEARING_SCHEDULED, null,
				h.publicHearing() && h.kind().announced() ? Audience.PUBLIC : Audience.PARTIES,
				HearingTexts.scheduledSummary(h),
				Map.of("hearingId", h.id().toString(), "kind", h.kind().name(), "start", h.start().toString(), "end",
						h.end().toString())));
	}
}
