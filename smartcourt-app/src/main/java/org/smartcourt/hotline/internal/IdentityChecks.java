package org.smartcourt.hotline.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 身份核验 before case details: a caller is told about a case only as one of its parties or agents. On the phone or
 * at the hall the agent checks the caller's name with the ID number (身份证号 or 统一社会信用代码) the case holds for
 * a party, or with the 执业证号 for a lawyer acting in it; on the portal the signed-in account must be a party's or
 * agent's (the cases module knows them). Every check is recorded, and a failed one says nothing about the case, not
 * even whether it exists.
 */
@Component
public class IdentityChecks {

	static final String BY_ID_NUMBER = "ID_NUMBER";
	static final String BY_ACCOUNT = "ACCOUNT";
	private static final int RECENT_STEPS = 3;

	private final CaseNumbers caseNumbers;
	private final CaseRegistry registry;
	private final Cases cases;
	private final Docket docket;
	private final IdentityCheckLog log;
	private final HotlineClock clock;

	IdentityChecks(CaseNumbers caseNumbers, CaseRegistry registry, Cases cases, Docket docket, IdentityCheckLog log,
			HotlineClock clock) {
		this.caseNumbers = caseNumbers;
		this.registry = registry;
		this.cases = cases;
		this.docket = docket;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Checks a caller by name and ID number (or a lawyer's 执业证号) against the case's parties and agents.
	 *
	 * @throws org.smartcourt.shared.DomainException (invalid input) for a malformed case number only.
	 */
	public Verification byIdNumber(Actor agent, String caseNumberText, String name, String idNumber) {
		CaseNumber number = caseNumbers.parse(caseNumberText);
		Optional<CaseOverview> overview = overview(number);
		Optional<CaseParty> match = overview.flatMap(o -> matching(o, name, idNumber));
		log.record(agent, overview.map(o -> o.id().value()).orElse(null), number.format(), BY_ID_NUMBER,
				match.isPresent(), name == null ? null : name.strip(), clock.now());
		return match.map(p -> new Verification(true, overview.get(), usernameOf(overview.get(), p)))
			.orElse(Verification.failed());
	}

	/** Checks that the signed-in litigant or lawyer is a party or agent of the case (or filed it). */
	public Verification byAccount(Actor actor, String caseNumberText) {
		CaseNumber number = caseNumbers.parse(caseNumberText);
		Optional<CaseOverview> overview = overview(number)
			.filter(o -> cases.levelFor(actor, o).filter(level -> level == Audience.PARTIES).isPresent());
		log.record(actor, overview.map(o -> o.id().value()).orElse(null), number.format(), BY_ACCOUNT,
				overview.isPresent(), actor.displayName(), clock.now());
		return overview.map(o -> new Verification(true, o, actor.username())).orElse(Verification.failed());
	}

	/** What a verified caller is told. */
	public CaseStatusReport report(CaseOverview o) {
		List<DocketEntry> visible = docket.entriesFor(o.id(), Audience.PARTIES);
		LocalDateTime now = LocalDateTime.ofInstant(clock.now(), HotlineClock.ZONE);
		String nextHearing = visible.stream()
			.filter(e -> e.type() == DocketEntryType.HEARING_SCHEDULED && e.details().containsKey("start"))
			.map(e -> e.details().get("start"))
			.filter(start -> parses(start) && LocalDateTime.parse(start).isAfter(now))
			.min(Comparator.naturalOrder())
			.orElse(null);
		List<String> recent = visible.stream()
			.sorted(Comparator.comparingInt(DocketEntry::seq).reversed())
			.limit(RECENT_STEPS)
			.map(e -> e.occurredOn() + " " + e.summary())
			.toList();
		return new CaseStatusReport(o.registration().caseNumber().format(), o.registration().title(), o.stage(),
				o.responsibleJudge().map(TeamMember::name).orElse(null), nextHearing, recent);
	}

	private Optional<CaseOverview> overview(CaseNumber number) {
		return registry.byNumber(number).flatMap(c -> cases.find(c.id()));
	}

	private static Optional<CaseParty> matching(CaseOverview o, String name, String number) {
		if (name == null || name.isBlank() || number == null || number.isBlank()) {
			return Optional.empty();
		}
		String n = name.strip();
		String id = number.strip();
		return o.parties().stream()
			.filter(p -> n.equals(p.name()))
			.filter(p -> id.equalsIgnoreCase(p.agent() ? p.licenseNumber() : p.idNumber()))
			.findFirst();
	}

	private static String usernameOf(CaseOverview o, CaseParty p) {
		return p.username();
	}

	private static boolean parses(String text) {
		try {
			LocalDateTime.parse(text);
			return true;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return false;
		}
	}
}
