package org.smartcourt.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.accounts.UnifiedSocialCreditCode;
import org.smartcourt.appraisal.internal.RandomDraw;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.deadlines.DeadlineQuery;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.deadlines.internal.RuleBook;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.internal.MediationClock;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.internal.PreservationClocks;

/** One chunk of cases generated in memory, without a database: determinism and the distributions' sanity. */
class CaseChunkTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
	private static final Court HIGH = new Court("220000", "吉林省高级人民法院", "吉", "HIGH", null, "吉林省", "长春市", 1);
	private static final Court MIDDLE = new Court("220100", "吉林省长春市中级人民法院", "吉01", "INTERMEDIATE", "220000",
			"长春市", "长春市", 1);
	private static final Court BASIC = new Court("220104", "长春市朝阳区人民法院", "吉0104", "BASIC", "220100",
			"长春市朝阳区", "长春市", 1);
	private static final References REFS = References.of(List.of(new References.Cause("9.20.1", "民间借贷纠纷"),
			new References.Cause("4.10.2", "离婚纠纷"), new References.Cause("9.20.5", "买卖合同纠纷")), p -> p.name());
	private static final FilingSupport FILINGS = new FilingSupport(String::valueOf,
			(kind, day) -> new FilingSupport.Period(day.plusDays(7), "七日内"), CaseTexts.none(),
			in -> new org.smartcourt.mediation.RoutingSuggestion(org.smartcourt.mediation.Track.SIMPLE,
					org.smartcourt.mediation.Track.SIMPLE, List.of(), null, false));
	private static final ClockEngine CLOCKS = new ClockEngine(CourtCalendar.weekendsOnly());
	private static final RecordSupport RECORDS = RecordSupport.remembering(deadlines(CourtCalendar.weekendsOnly()),
			fen -> new RecordSupport.Fee(fen / 100, "preservation · " + fen / 100 + " 元"));

	/** The app's deadline engine on a calendar, without its database. */
	static Deadlines deadlines(CourtCalendar calendar) {
		RuleBook rules = RuleBook.bundled();
		return new Deadlines() {

			@Override
			public List<DeadlineRule> rules() {
				return rules.all();
			}

			@Override
			public java.util.Optional<DeadlineRule> rule(RuleId id) {
				return rules.find(id);
			}

			@Override
			public DeadlineResult compute(DeadlineQuery query) {
				return new DeadlineCalculator(calendar).compute(rules.find(query.rule()).orElseThrow(), query);
			}
		};
	}

	private static String generate(long seed, int cases) {
		CaseChunk chunk = chunk(seed, cases);
		return chunk.tables.all().stream().map(t -> t.table() + "\n" + t.pending()).collect(Collectors.joining());
	}

	private static Province province(long seed) {
		return Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104", "220102"), Map.of(), seed);
	}

	private static CaseChunk chunk(long seed, int cases) {
		Province province = province(seed);
		CaseChunk chunk = new CaseChunk(seed, new Province.Chunk(BASIC, 2026, LocalDate.of(2026, 1, 1), AS_OF, cases),
				province, REFS, CLOCKS, (claim, simple) -> claim / 100, FILINGS, RECORDS, AS_OF, Map.of(), Map.of());
		chunk.generate();
		return chunk;
	}

	@Test
	void sameSeedGivesTheSameRowsAndAnotherSeedOthers() {
		String first = generate(42, 300);
		assertThat(generate(42, 300)).isEqualTo(first);
		assertThat(generate(43, 300)).isNotEqualTo(first);
		assertThat(first).contains("court_case\n").contains("（2026）吉0104民初1号");
	}

	@Test
	void everyCivilFirstInstanceCaseHasItsDiversionRecord() {
		CaseChunk chunk = chunk(7, 600);
		List<String[]> cases = rows(chunk.tables.courtCase.pending());
		List<String[]> diversions = rows(chunk.tables.diversion.pending());
		java.util.Set<String> civilFirst = cases.stream().filter(r -> r[6].equals("民初")).map(r -> r[0])
			.collect(Collectors.toSet());
		assertThat(civilFirst).isNotEmpty();
		assertThat(diversions).extracting(r -> r[2]).containsExactlyInAnyOrderElementsOf(civilFirst);
		// the router of this test suggests 简易程序; a case tried under another procedure is marked overridden
		assertThat(diversions).allSatisfy(r -> assertThat(r[14]).isEqualTo(String.valueOf(!r[12].equals("SIMPLE"))));
	}

	@Test
	void everyPreSuitMediationCaseHasItsMediation() {
		CaseChunk chunk = chunk(7, 2_000);
		Map<String, String[]> preSuit = rows(chunk.tables.courtCase.pending()).stream()
			.filter(r -> r[6].equals("民诉前调")).collect(Collectors.toMap(r -> r[0], r -> r));
		List<String[]> mediations = rows(chunk.tables.mediation.pending());
		assertThat(preSuit).isNotEmpty();
		assertThat(mediations).extracting(r -> r[5]).containsExactlyInAnyOrderElementsOf(preSuit.keySet());
		Set<String> roster = province(7).rosters("220104").mediators().stream().map(m -> m.id().toString())
			.collect(Collectors.toSet());
		Map<String, String> filings = rows(chunk.tables.filing.pending()).stream()
			.collect(Collectors.toMap(r -> r[0], r -> r[4]));
		Map<String, Long> parties = rows(chunk.tables.party.pending()).stream().filter(r -> r[2].equals("PARTY"))
			.collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
		Map<String, Long> mediationParties = rows(chunk.tables.mediationParty.pending()).stream()
			.collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
		Map<String, String[]> accepted = rows(chunk.tables.mediationAssignment.pending()).stream()
			.filter(r -> r[6].equals("ACCEPTED")).collect(Collectors.toMap(r -> r[1], r -> r));
		MediationClock clock = RECORDS.mediation();
		for (String[] m : mediations) {
			String[] c = preSuit.get(m[5]);
			assertThat(m[2]).isEqualTo("PRE_SUIT");
			assertThat(m[6]).isEqualTo(c[1]);
			assertThat(m[11]).as("requested on registration").isEqualTo(c[11]);
			// the due dates are the app's: 2 working days to choose, 3 to designate (art. 10), 30 days (art. 24)
			assertThat(m[12]).isEqualTo(clock.jointChoice(LocalDate.parse(m[11])).date().toString());
			assertThat(m[13]).isEqualTo(clock.designation(LocalDate.parse(m[11])).date().toString());
			assertThat(filings.get(m[4])).as("the diverted filing waits").isEqualTo("IN_PRE_SUIT_MEDIATION");
			assertThat(mediationParties.get(m[0])).isEqualTo(parties.get(m[5]));
			if (c[14].equals("IN_TRIAL")) {
				assertThat(m[3]).isEqualTo("MEDIATING");
			}
			if (m[3].equals("MEDIATING")) {
				assertThat(roster).contains(m[14]);
				assertThat(accepted.get(m[0])[2]).isEqualTo(m[14]);
				LocalDate acceptedOn = LocalDate.parse(m[16]);
				assertThat(m[18]).isEqualTo(clock.period(MediationKind.PRE_SUIT, null, acceptedOn).date().toString());
				// thirty days from acceptance, moved off a rest day
				assertThat(LocalDate.parse(m[18])).isBetween(acceptedOn.plusDays(30), acceptedOn.plusDays(33));
			}
			else {
				assertThat(m[3]).isIn("AWAITING_DESIGNATION", "AWAITING_ACCEPTANCE");
			}
		}
	}

	@Test
	void everyPropertyPreservationCaseHasItsApplication() {
		CaseChunk chunk = chunk(7, 2_000);
		Set<String> preservationCases = rows(chunk.tables.courtCase.pending()).stream()
			.filter(r -> r[6].equals("财保")).map(r -> r[0]).collect(Collectors.toSet());
		List<String[]> applications = rows(chunk.tables.preservation.pending());
		assertThat(preservationCases).isNotEmpty();
		assertThat(applications).extracting(r -> r[25]).containsExactlyInAnyOrderElementsOf(preservationCases);
		Map<String, Long> properties = rows(chunk.tables.preservationProperty.pending()).stream()
			.collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
		Map<String, List<String[]>> measures = rows(chunk.tables.preservationMeasure.pending()).stream()
			.collect(Collectors.groupingBy(r -> r[1]));
		PreservationClocks clocks = RECORDS.preservation();
		Set<String> statuses = new java.util.HashSet<>();
		for (String[] a : applications) {
			statuses.add(a[3]);
			assertThat(a[2]).isEqualTo("PRE_SUIT");
			assertThat(a[19]).as("security equal to the amount before suit").isEqualTo(a[16]);
			assertThat(properties.get(a[0])).isBetween(1L, 3L);
			assertThat(java.time.OffsetDateTime.parse(a[31]).toInstant()).isEqualTo(clocks.ruling(
					PreservationKind.PRE_SUIT, Boolean.parseBoolean(a[4]),
					java.time.OffsetDateTime.parse(a[30]).toInstant()).at());
			List<String[]> taken = measures.getOrDefault(a[0], List.of());
			switch (a[3]) {
				case "SUBMITTED", "DISMISSED" -> assertThat(taken).isEmpty();
				case "GRANTED" -> assertThat(taken).isNotEmpty().allSatisfy(m -> assertThat(m[7]).isEqualTo("ORDERED"));
				default -> assertThat(taken).isNotEmpty()
					.allSatisfy(m -> assertThat(m[7]).isEqualTo(a[3].equals("LIFTED") ? "LIFTED" : "ACTIVE"));
			}
			for (String[] m : taken) {
				if (m[8].equals("\\N")) {
					continue;
				}
				PropertyKind kind = PropertyKind.valueOf(m[4]);
				LocalDate start = LocalDate.parse(m[8]);
				assertThat(m[9]).isEqualTo(clocks.expiry(kind, start).day().toString());
				// 民诉解释第四百八十五条: deposits one year, movables two, real estate and other rights three
				int years = switch (kind) {
					case DEPOSIT -> 1;
					case VEHICLE, MOVABLE -> 2;
					default -> 3;
				};
				assertThat(LocalDate.parse(m[9])).isBetween(start.plusYears(years), start.plusYears(years).plusDays(7));
				assertThat(m[11]).isEqualTo(clocks.suitWindow(start).day().toString());
			}
		}
		assertThat(statuses).contains("LIFTED");
	}

	@Test
	void everyAppraisalExclusionHasItsEntrustment() {
		CaseChunk chunk = chunk(7, 2_000);
		Map<String, String[]> exclusions = rows(chunk.tables.exclusion.pending()).stream()
			.filter(r -> r[2].equals("APPRAISAL")).collect(Collectors.toMap(r -> r[0], r -> r));
		List<String[]> entrustments = rows(chunk.tables.entrustment.pending());
		assertThat(exclusions).isNotEmpty();
		assertThat(entrustments).extracting(r -> r[16]).containsExactlyInAnyOrderElementsOf(exclusions.keySet());
		Map<String, String[]> assignments = rows(chunk.tables.appraisalAssignment.pending()).stream()
			.collect(Collectors.toMap(r -> r[1], r -> r));
		Map<String, String[]> draws = rows(chunk.tables.appraisalDraw.pending()).stream()
			.collect(Collectors.toMap(r -> r[1], r -> r));
		Set<java.util.UUID> roster = province(7).rosters("220104").institutions().stream()
			.map(org.smartcourt.appraisal.internal.Institution::id).collect(Collectors.toSet());
		for (String[] e : entrustments) {
			String[] x = exclusions.get(e[16]);
			String[] a = assignments.get(e[0]);
			assertThat(e[1]).isEqualTo(x[1]);
			assertThat(e[15]).isEqualTo(a[0]);
			assertThat(roster).contains(java.util.UUID.fromString(a[3]));
			// entrusted the day the exclusion starts, reported the day it ends
			assertThat(java.time.OffsetDateTime.parse(a[6]).atZoneSameInstant(CaseChunk.CHINA).toLocalDate())
				.hasToString(x[6]);
			assertThat(a[10]).isEqualTo(x[7]);
			assertThat(e[13]).isEqualTo(x[7].equals("\\N") ? a[7].equals("\\N") ? "ENTRUSTED" : "IN_PROGRESS"
					: "REPORTED");
			if (a[4].equals("DRAWN")) {
				String[] d = draws.get(e[0]);
				RandomDraw.Replay replay = RandomDraw.replay(Long.parseLong(d[3]),
						RandomDraw.parse(d[5].replace("\\n", "\n")), d[6], java.util.UUID.fromString(d[8]));
				assertThat(replay.matches()).as("the app replays the stored draw").isTrue();
				assertThat(d[8]).isEqualTo(a[3]);
			}
		}
		assertThat(assignments.values()).extracting(a -> a[4]).contains("DRAWN", "AGREED");
	}

	@Test
	void staffPlansAreDeterministicAndSized() {
		Province a = Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104"), Map.of(), 5);
		Province b = Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104"), Map.of(), 5);
		assertThat(a.staffing("220104").members()).isEqualTo(b.staffing("220104").members());
		assertThat(a.staffing("220104").members()).hasSizeBetween(60, 170);
		assertThat(a.staffing("220100").members()).hasSizeBetween(200, 450);
		assertThat(a.staffing("220000").members()).hasSizeBetween(380, 470);
		long judges = a.staffing("220104").members().stream().filter(m -> m.position().equals("JUDGE")).count();
		assertThat(judges / (double) a.staffing("220104").members().size()).isBetween(0.25, 0.45);
		assertThat(a.staffing("220104").members().stream().map(Staffing.Member::username)
			.filter(u -> u != null)).contains("bench-judge-220104-1", "bench-clerk-220104-1");
	}

	@Test
	void aResumedRunPlansTheSameStaffWhenItsDepartmentsAlreadyExist() {
		Province first = Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104"), Map.of(), 5);
		Map<String, java.util.UUID> written = new HashMap<>();
		first.staffing("220104").departments().values().forEach(d -> written.put(d.name(), d.id()));
		Province resumed = Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104"), Map.of("220104", written), 5);
		assertThat(resumed.staffing("220104").members()).isEqualTo(first.staffing("220104").members());
		assertThat(resumed.staffing("220104").courtrooms()).isEqualTo(first.staffing("220104").courtrooms());
	}

	@Test
	void aResumedRunPlansTheSameRostersAndACourtWithMediatorsKeepsThem() {
		LocalDate from = AS_OF.minusYears(1).plusDays(1);
		Province first = Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104"),
				new Province.Existing(Map.of(), Map.of(), Map.of()), 5, from, AS_OF);
		Rosters planned = first.rosters("220104");
		assertThat(planned.mediatorsToWrite()).hasSizeBetween(6, 10);
		assertThat(planned.organizations()).extracting(Rosters.Organization::name)
			.containsExactly("长春市朝阳区诉调对接人民调解委员会", "长春市律师协会特邀调解工作室");
		// what the first run wrote is read back as existing: the plan is the same and is still its own
		Province resumed = Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104"),
				new Province.Existing(Map.of(), Map.of("220104", planned.mediators()),
						Map.of("220104", planned.plannedInstitutions())), 5, from, AS_OF);
		assertThat(resumed.rosters("220104").mediatorsToWrite()).isEqualTo(planned.mediatorsToWrite());
		assertThat(resumed.rosters("220104").institutions()).isEqualTo(planned.institutions());
		// a court with mediators of its own (the demo courts) gets none and keeps its own
		Rosters.Mediator demo = new Rosters.Mediator(java.util.UUID.randomUUID(), null, "尤调解", "GENERAL");
		Province withDemo = Province.of(List.of(HIGH, MIDDLE, BASIC), List.of("220104"),
				new Province.Existing(Map.of(), Map.of("220104", List.of(demo)), Map.of()), 5, from, AS_OF);
		assertThat(withDemo.rosters("220104").mediatorsToWrite()).isEmpty();
		assertThat(withDemo.rosters("220104").organizations()).isEmpty();
		assertThat(withDemo.rosters("220104").mediators()).containsExactly(demo);
	}

	@Test
	void distributionsAreSane() {
		CaseChunk chunk = chunk(20261129, 4_000);
		List<String[]> cases = rows(chunk.tables.courtCase.pending());
		assertThat(cases).hasSize(4_000);
		Map<String, Long> byType = cases.stream().collect(Collectors.groupingBy(r -> r[6], Collectors.counting()));
		assertThat(share(byType, "民初", "民诉前调", "财保")).isBetween(0.52, 0.66);
		assertThat(share(byType, "刑初")).isBetween(0.09, 0.15);
		assertThat(share(byType, "行初")).isBetween(0.01, 0.05);
		assertThat(share(byType, "执", "执保")).isBetween(0.22, 0.31);
		// numbers per 类型代字 run 1..n in registration order, and parse as the app's case numbers
		Map<String, Integer> last = new HashMap<>();
		java.time.OffsetDateTime previous = java.time.OffsetDateTime.MIN;
		for (String[] r : cases) {
			int n = Integer.parseInt(r[7]);
			assertThat(n).isEqualTo(last.merge(r[6], 1, Integer::sum));
			java.time.OffsetDateTime registeredAt = java.time.OffsetDateTime.parse(r[13]);
			assertThat(registeredAt).isAfterOrEqualTo(previous);
			previous = registeredAt;
			CaseNumber parsed = CaseNumber.parse(r[1], java.util.Set.of("民初", "民诉前调", "财保", "刑初", "行初", "执", "执保"),
					java.util.Set.of());
			assertThat(parsed.number()).isEqualTo(r[7]);
		}
		// cases registered in the first quarter are nearly all closed by the as-of date
		List<String[]> early = cases.stream().filter(r -> r[11].compareTo("2026-04-01") < 0)
			.filter(r -> !r[6].equals("民诉前调") && !r[6].equals("财保") && !r[6].equals("执保")).toList();
		long closed = early.stream().filter(r -> r[14].equals("CLOSED")).count();
		assertThat(closed / (double) early.size()).isGreaterThan(0.85);
		// durations: simple civil cases mostly close within three months
		List<String[]> closings = rows(chunk.tables.closing.pending());
		Map<String, String> closedOn = closings.stream().collect(Collectors.toMap(r -> r[0], r -> r[4]));
		List<Long> simple = cases.stream().filter(r -> r[6].equals("民初") && r[9].equals("SIMPLIFIED"))
			.filter(r -> closedOn.containsKey(r[0]))
			.map(r -> LocalDate.parse(closedOn.get(r[0])).toEpochDay() - LocalDate.parse(r[11]).toEpochDay())
			.toList();
		assertThat(simple.stream().filter(d -> d <= 92).count() / (double) simple.size()).isGreaterThan(0.8);
		// parties carry valid identity numbers
		for (String[] p : rows(chunk.tables.party.pending())) {
			if ("NATURAL_PERSON".equals(p[4])) {
				assertThat(ResidentIdNumber.isValid(p[6])).as(p[6]).isTrue();
			}
			else if ("LEGAL_PERSON".equals(p[4]) && !p[6].equals("\\N")) {
				assertThat(UnifiedSocialCreditCode.isValid(p[6])).as(p[6]).isTrue();
			}
		}
	}

	private static double share(Map<String, Long> counts, String... types) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return Arrays.stream(types).mapToLong(t -> counts.getOrDefault(t, 0L)).sum() / (double) total;
	}

	private static List<String[]> rows(String copyText) {
		return copyText.lines().map(l -> l.split("\t", -1)).toList();
	}
}
