package org.smartcourt.casefile.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.casefile.internal.documents.DocumentModel.Facts;
import org.smartcourt.casefile.internal.documents.DocumentModel.Party;
import org.smartcourt.catalogue.CauseOfAction;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.Hearings;
import org.smartcourt.organization.Courts;
import org.smartcourt.organization.Courts.CourtSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers what a document says about its case from the modules that hold it (cases, organization, catalogue,
 * hearings), through their public APIs; and the fixed sample case an administrator's template is tried on.
 */
@Component
public class DocumentFacts {

	private final Courts courts;
	private final Causes causes;
	private final Hearings hearings;
	private final MessageSource messages;
	private final Clock clock;

	DocumentFacts(Courts courts, Causes causes, Hearings hearings, MessageSource messages, Clock clock) {
		this.courts = courts;
		this.causes = causes;
		this.hearings = hearings;
		this.messages = messages;
		this.clock = clock;
	}

	/** The model for a document on {@code overview}, addressed to party {@code addresseeSeq} (or nobody). */
	public Map<String, Object> modelFor(CaseOverview overview, Integer addresseeSeq) {
		var registration = overview.registration();
		CourtSummary court = courts.find(registration.courtId()).orElseThrow();
		Optional<Hearing> next = hearings.onCasePage(overview.id(), Audience.COURT)
			.hearings()
			.stream()
			.filter(Hearing::isUpcoming)
			.min(Comparator.comparing(Hearing::start));
		List<Party> parties = overview.parties().stream().map(p -> party(p, overview.parties())).toList();
		return DocumentModel.of(new Facts(court.name(), court.code(), registration.caseNumber().format(),
				registration.title(), causes.find(registration.causeCode()).map(CauseOfAction::name).orElse(null),
				text(registration.procedure().labelKey()), registration.registeredOn(), parties, addresseeSeq,
				member(overview, TeamRole.RESPONSIBLE_JUDGE), member(overview, TeamRole.PRESIDING_JUDGE),
				member(overview, TeamRole.ASSISTANT), member(overview, TeamRole.CLERK),
				next.map(Hearing::start).orElse(null), next.map(this::place).orElse(null), LocalDate.now(clock)));
	}

	/** The sample every template must fill with before it is saved, and that previews show. */
	public Map<String, Object> sample() {
		LocalDate today = LocalDate.now(clock);
		return DocumentModel.of(new Facts("长春市朝阳区人民法院", "吉0104", "（" + today.getYear() + "）吉0104民初1号",
				"张三诉李四民间借贷纠纷", "民间借贷纠纷", "简易程序", today,
				List.of(new Party(1, "张三", "PLAINTIFF", "原告", "自然人", false, null, null),
						new Party(2, "赵律师", "PLAINTIFF", "原告", null, true, "张三", "12201200010000001"),
						new Party(3, "李四", "DEFENDANT", "被告", "自然人", false, null, null)),
				3, "王法官", null, "李助理", "孙书记", today.plusDays(20).atTime(9, 30), "第一法庭", today));
	}

	private Party party(CaseParty p, List<CaseParty> all) {
		String represents = p.represents() == null ? null
				: all.stream().filter(o -> o.seq() == p.represents()).map(CaseParty::name).findFirst().orElse(null);
		return new Party(p.seq(), p.name(), p.side().name(), text(p.side().labelKey()), kind(p.partyType()), p.agent(),
				represents, p.lawyer() ? p.licenseNumber() : null);
	}

	private String place(Hearing h) {
		return h.online() ? text("casefile.documents.model.online-hearing") : h.courtroomName();
	}

	private static String member(CaseOverview overview, TeamRole role) {
		return overview.inRole(role).stream().map(TeamMember::name).findFirst().orElse(null);
	}

	private String kind(String partyType) {
		return partyType == null ? null : text("casefile.documents.model.party-type." + partyType);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
