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
import org.smartcourt.notification.Inbox;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/** Tells everyone of a scheduled hearing: the notices per party, in-app messages and the docket entry. */
@Component
class HearingAnnouncements {

	private final HearingRepository hearings;
	private final Docket docket;
	private final AccountDirectory accounts;
	private final Inbox inbox;
	private final CourtTime time;

	HearingAnnouncements(HearingRepository hearings, Docket docket, AccountDirectory accounts, Inbox inbox,
			CourtTime time) {
		this.hearings = hearings;
		this.docket = docket;
		this.accounts = accounts;
		this.inbox = inbox;
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
		for (String username : notified) {
			accounts.idOf(username)
				.ifPresent(id -> inbox.deliver(id, "开庭通知：" + h.caseNumber(), HearingTexts.inboxBody(h),
						"/cases/" + c.id()));
		}
		docket.record(c.id(), actor, new NewDocketEntry(DocketEntryType.HEARING_SCHEDULED, null,
				h.publicHearing() && h.kind().announced() ? Audience.PUBLIC : Audience.PARTIES,
				HearingTexts.scheduledSummary(h),
				Map.of("hearingId", h.id().toString(), "kind", h.kind().name(), "start", h.start().toString(), "end",
						h.end().toString())));
	}
}
