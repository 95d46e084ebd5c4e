package org.smartcourt.bench.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.smartcourt.bench.data.Appealable.Party;
import org.smartcourt.bench.data.Province.Chunk;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.Procedure;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.ExtensionTerms;
import org.smartcourt.deadlines.RuleId;

/**
 * The cases one court registers in one 收案年度, with everything the app keeps about them: parties, team, docket,
 * 审限 clock (computed by the app's engine from the same events the docket records), hearings, documents, service,
 * pronouncement, closing and links to the first instance. Case numbers are issued per 类型代字 in registration order,
 * continuing after {@code numbersBefore} (numbers the app issued before, e.g. demo cases).
 */
final class CaseChunk {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	static final String GENERATOR = "bench-generator";
	private static final String[] CRIMES = { "危险驾驶", "盗窃", "诈骗", "故意伤害", "交通肇事", "帮助信息网络犯罪活动",
			"开设赌场", "寻衅滋事", "掩饰、隐瞒犯罪所得", "非法吸收公众存款", "非法采矿", "滥伐林木" };
	private static final String[] AGENCIES = { "人民政府", "自然资源局", "市场监督管理局", "人力资源和社会保障局",
			"公安局", "住房和城乡建设局", "生态环境局" };
	private static final String[] POPULAR_CAUSES = { "民间借贷纠纷", "买卖合同纠纷", "离婚纠纷", "机动车交通事故责任纠纷",
			"金融借款合同纠纷", "信用卡纠纷", "物业服务合同纠纷", "房屋租赁合同纠纷", "建设工程施工合同纠纷", "追索劳动报酬纠纷",
			"劳务合同纠纷", "提供劳务者受害责任纠纷", "抚养纠纷", "继承纠纷", "租赁合同纠纷", "服务合同纠纷" };

	private final Chunk chunk;
	private final Staffing staffing;
	private final Province province;
	private final References refs;
	private final ClockEngine clocks;
	private final AcceptanceFees fees;
	private final FilingRows filings;
	private final DiversionRows diversions;
	private final CaseRecords records;
	private final LocalDate asOf;
	private final Map<String, Long> numbersBefore;
	private final Map<CaseKind, List<Appealable>> appealable;
	private final SplittableRandom random;
	private final List<References.Cause> popular = new ArrayList<>();
	final Tables tables = new Tables();
	/** The highest number issued per 类型代字. */
	final Map<String, Long> lastNumbers = new LinkedHashMap<>();

	CaseChunk(long seed, Chunk chunk, Province province, References refs, ClockEngine clocks, AcceptanceFees fees,
			FilingSupport filingSupport, RecordSupport recordSupport, LocalDate asOf, Map<String, Long> numbersBefore,
			Map<CaseKind, List<Appealable>> appealable) {
		this.fees = fees;
		this.chunk = chunk;
		this.province = province;
		this.staffing = province.staffing(chunk.court().id());
		this.refs = refs;
		this.clocks = clocks;
		this.asOf = asOf;
		this.numbersBefore = numbersBefore;
		this.appealable = appealable;
		this.random = Seeds.random(seed, "cases", chunk.key());
		this.filings = new FilingRows(tables, filingSupport, Seeds.random(seed, "filings", chunk.key()), chunk.court());
		this.diversions = new DiversionRows(tables, filingSupport);
		this.records = new CaseRecords(tables, filingSupport, recordSupport, province.rosters(chunk.court().id()),
				clocks.calendar(), asOf);
		for (References.Cause c : refs.causes()) {
			for (String name : POPULAR_CAUSES) {
				if (c.name().equals(name)) {
					popular.add(c);
				}
			}
		}
	}

	/** A case before its number is issued. */
	private record Draft(CaseKind kind, LocalDate registeredOn, Instant registeredAt, Appealable earlier, long order) {
	}

	void generate() {
		List<LocalDate> days = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		double total = 0;
		for (LocalDate d = chunk.from(); !d.isAfter(chunk.to()); d = d.plusDays(1)) {
			if (clocks.calendar().isWorkingDay(d)) {
				double w = season(d);
				days.add(d);
				weights.add(w);
				total += w;
			}
		}
		if (days.isEmpty()) {
			days.add(chunk.from());
			weights.add(1.0);
			total = 1;
		}
		double[] cumulative = new double[days.size()];
		double acc = 0;
		for (int i = 0; i < days.size(); i++) {
			acc += weights.get(i) / total;
			cumulative[i] = acc;
		}
		List<CaseKind.Weighted> mix = CaseKind.mix(chunk.court());
		Map<CaseKind, Integer> taken = new HashMap<>();
		List<Draft> drafts = new ArrayList<>(chunk.cases());
		for (int i = 0; i < chunk.cases(); i++) {
			CaseKind kind = CaseKind.pick(random, mix);
			Appealable earlier = null;
			LocalDate day;
			if (kind.appeal()) {
				List<Appealable> pool = appealable.getOrDefault(kind.firstInstance(), List.of());
				int next = taken.getOrDefault(kind, 0);
				if (next < pool.size()) {
					earlier = pool.get(next);
					taken.put(kind, next + 1);
				}
				else {
					kind = CaseKind.CIVIL_FIRST;
				}
			}
			if (earlier != null) {
				LocalDate d = earlier.closedOn().plusDays(20 + random.nextInt(31));
				d = d.isBefore(chunk.from()) ? chunk.from() : d.isAfter(chunk.to()) ? chunk.to() : d;
				day = clocks.calendar().workingDayOnOrAfter(d);
				if (day.isAfter(chunk.to()) || day.getYear() != chunk.year()) {
					day = d;
				}
			}
			else {
				int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
				day = days.get(Math.min(days.size() - 1, at < 0 ? -at - 1 : at));
			}
			Instant at = day.atTime(LocalTime.of(8, 30).plusSeconds(random.nextInt(8 * 3600 + 1800)))
				.atZone(CHINA).toInstant();
			drafts.add(new Draft(kind, day, at, earlier, i));
		}
		drafts.sort(Comparator.comparing(Draft::registeredAt).thenComparingLong(Draft::order));
		for (Draft d : drafts) {
			long number = lastNumbers.getOrDefault(d.kind().typeCode,
					numbersBefore.getOrDefault(d.kind().typeCode, 0L)) + 1;
			lastNumbers.put(d.kind().typeCode, number);
			generate(d, number);
		}
		if (chunk.to().equals(asOf) && !chunk.court().high()) {
			// the 立案 queue on the as-of day: about one filing for every fifty cases of the year
			String clerk = staffing.judgesOf("立案庭").isEmpty() ? GENERATOR : staffing.judgesOf("立案庭").get(0).clerk().name();
			for (int i = 0, n = Math.max(1, chunk.cases() / 50); i < n; i++) {
				References.Cause cause = popular.isEmpty() ? null : popular.get(random.nextInt(popular.size()));
				filings.pending(asOf, parties(CaseKind.CIVIL_FIRST, chunk.court()), cause == null ? null : cause.code(),
						cause == null ? null : cause.name(), Math.round(Seeds.logNormal(random, 48_000, 1.3) * 100), clerk);
			}
		}
	}

	/** Fewer cases around 春节 (Jan–Feb), more before the mid-year and year-end 结案 pushes. */
	private static double season(LocalDate d) {
		return switch (d.getMonthValue()) {
			case 1 -> 0.8;
			case 2 -> 0.55;
			case 3, 4 -> 1.15;
			case 5, 6 -> 1.1;
			case 7, 8 -> 0.95;
			case 12 -> 0.85;
			default -> 1.0;
		} * (d.getDayOfWeek().getValue() == 1 ? 1.2 : 1.0);
	}

	private void generate(Draft draft, long number) {
		CaseKind kind = draft.kind();
		Court court = chunk.court();
		UUID id = Seeds.uuid(random);
		Procedure procedure = kind.procedure(random);
		String caseNumber = "（" + chunk.year() + "）" + court.code() + kind.typeCode + number + "号";
		References.Cause cause = null;
		if (draft.earlier() != null) {
			String code = draft.earlier().causeCode();
			cause = code == null ? null : refs.causes().stream().filter(c -> c.code().equals(code)).findFirst()
				.orElse(null);
		}
		else if (kind.civil() && !refs.causes().isEmpty()) {
			cause = random.nextInt(100) < 75 && !popular.isEmpty() ? popular.get(random.nextInt(popular.size()))
					: refs.causes().get(random.nextInt(refs.causes().size()));
		}
		String crime = kind.criminal() ? CRIMES[random.nextInt(CRIMES.length)] : null;
		List<Party> parties = draft.earlier() != null ? appealParties(draft.earlier()) : parties(kind, court);
		String title = CaseTitles.caseTitle(kind, parties, crime);
		Staffing.Department department = staffing.departments().get(kind.departmentAt(court));
		List<Staffing.Judge> judges = staffing.judgesOf(kind.departmentAt(court));
		Staffing.Judge team = judges.get(random.nextInt(judges.size()));
		String judgeUser = team.judge().username();
		// a 合议庭 for ordinary and second-instance procedure, as Panels forms it: the judge presides, two colleagues sit
		boolean collegial = kind.heard && judges.size() >= 3
				&& (procedure == Procedure.ORDINARY || procedure == Procedure.SECOND_INSTANCE);
		List<Staffing.Member> panel = new ArrayList<>();
		while (collegial && panel.size() < 2) {
			Staffing.Member m = judges.get(random.nextInt(judges.size())).judge();
			if (!m.id().equals(team.judge().id()) && !panel.contains(m)) {
				panel.add(m);
			}
		}
		String actor = judgeUser != null ? judgeUser : GENERATOR;

		// the whole life of the case as if nothing stopped it; then cut at the as-of date
		LocalDate start = draft.registeredOn();
		int duration = kind.duration(random, procedure);
		Timeline t = new Timeline(start);
		t.add(DocketEntryType.REGISTERED, start, "立案，案号" + caseNumber + "，适用" + refs.procedureName(procedure) + "。",
				json("procedure", procedure.name()));
		LocalDate assignedOn = start.plusDays(random.nextInt(3));
		UUID assignmentId = Seeds.uuid(random);
		t.add(DocketEntryType.ASSIGNED, assignedOn, "随机分案，承办法官：" + team.judge().name(),
				json("kind", "RANDOM", "assignmentId", assignmentId.toString(), "judge", team.judge().name()));
		int excludedDays = 0;
		UUID exclusionId = null;
		LocalDate exclusionFrom = null;
		LocalDate exclusionTo = null;
		if ((kind == CaseKind.CIVIL_FIRST && procedure == Procedure.ORDINARY && random.nextInt(100) < 12)
				|| (kind == CaseKind.CIVIL_FIRST && random.nextInt(100) < 2)) {
			exclusionId = Seeds.uuid(random);
			exclusionFrom = start.plusDays(20 + random.nextInt(30));
			excludedDays = 30 + random.nextInt(60);
			exclusionTo = exclusionFrom.plusDays(excludedDays - 1);
		}
		LocalDate closeDay = start.plusDays(duration + excludedDays);
		if (exclusionTo != null && !closeDay.isAfter(exclusionTo)) {
			closeDay = exclusionTo.plusDays(3 + random.nextInt(20));
		}
		String method = kind.closingMethod(random);
		boolean hearingHeld = kind.heard && method != null && !method.startsWith("WITHDRAWAL")
				&& !method.equals("DEEMED_WITHDRAWN") && !method.equals("TRANSFER") && duration > 3;
		LocalDate hearingDay = null;
		LocalDate scheduledOn = null;
		LocalDate mediatedOn = null;
		if (kind.heard) {
			if (collegial) {
				t.add(DocketEntryType.PANEL_FORMED, assignedOn, "组成合议庭：审判长" + team.judge().name() + "，审判员"
						+ panel.get(0).name() + "、" + panel.get(1).name(),
						json("form", "COLLEGIAL", "presidingJudge", team.judge().name()));
			}
			else {
				t.add(DocketEntryType.PANEL_FORMED, assignedOn, "由审判员" + team.judge().name() + "独任审理",
						json("form", "SOLE", "judge", team.judge().name()));
			}
			t.add(DocketEntryType.SERVICE, start.plusDays(1 + random.nextInt(Math.max(1, Math.min(7, duration)))),
					"向当事人送达受理案件通知书、应诉通知书、举证通知书等诉讼文书。", "{}");
		}
		if (hearingHeld) {
			hearingDay = clocks.calendar().workingDayOnOrAfter(
					start.plusDays(Math.max(2, (long) (duration * (0.55 + random.nextDouble() * 0.3)))));
			if (hearingDay.isAfter(closeDay)) {
				hearingDay = closeDay;
			}
			scheduledOn = start.plusDays(Math.max(1, (hearingDay.toEpochDay() - start.toEpochDay()) / 3));
		}
		if (exclusionId != null) {
			t.add(DocketEntryType.EXCLUSION_STARTED, exclusionFrom, "委托鉴定，鉴定期间不计入审限。",
					json("exclusionId", exclusionId.toString(), "kind", "鉴定", "citation", APPRAISAL_CITATION));
			t.add(DocketEntryType.EXCLUSION_ENDED, exclusionTo, "鉴定意见已送达，恢复计算审限。",
					json("exclusionId", exclusionId.toString(), "kind", "鉴定", "citation", APPRAISAL_CITATION));
		}
		UUID hearingId = Seeds.uuid(random);
		Staffing.Courtroom room = staffing.courtrooms().get(random.nextInt(staffing.courtrooms().size()));
		boolean online = random.nextInt(100) < 12;
		LocalTime hearingTime = random.nextBoolean() ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
		if (hearingHeld && kind == CaseKind.CIVIL_FIRST && procedure == Procedure.ORDINARY) {
			t.add(DocketEntryType.EVIDENCE_EXCHANGE, scheduledOn, "组织双方当事人交换证据。", "{}");
		}
		if (hearingHeld) {
			t.add(DocketEntryType.HEARING_SCHEDULED, scheduledOn, "排期开庭：" + hearingDay + " " + hearingTime + "，"
					+ (online ? "在线庭审" : room.name()) + "。", json("hearingId", hearingId.toString()));
			t.add(DocketEntryType.HEARING_HELD, hearingDay, "公开开庭审理。", json("hearingId", hearingId.toString()));
		}
		else if (kind == CaseKind.ENFORCEMENT) {
			t.add(DocketEntryType.INTERNAL_NOTE, start.plusDays(2 + random.nextInt(5)),
					"通过网络执行查控系统查询被执行人财产。", "{}", "COURT");
		}
		else if (kind == CaseKind.PRE_SUIT_MEDIATION) {
			mediatedOn = start.plusDays(3 + random.nextInt(10));
			t.add(DocketEntryType.MEDIATION, mediatedOn, "组织双方当事人诉前调解。", "{}");
		}

		// 审限: the app's engine on the same events; an extension where the case outruns its period
		RuleId rule = clocks.rule(kind.typeCode, kind.category, procedure).orElse(null);
		List<ClockEvent> events = new ArrayList<>();
		if (exclusionId != null) {
			events.add(new ClockEvent.Excluded(exclusionFrom, exclusionTo.isAfter(asOf) ? null : exclusionTo,
					"鉴定期间", APPRAISAL_CITATION));
		}
		UUID extensionId = null;
		ExtensionTerms terms = null;
		LocalDate requestedOn = null;
		LocalDate approvedOn = null;
		CaseClock base = rule == null ? null : clocks.compute(rule, start, events, asOf);
		if (base != null && closeDay.isAfter(base.due()) && random.nextInt(100) < 85) {
			terms = clocks.extensionTerms(rule, base.due());
			if (terms.allowed() && terms.maxLength() != null && terms.unit() != null) {
				requestedOn = base.due().minusDays(18 + random.nextInt(5));
				approvedOn = base.due().minusDays(6 + random.nextInt(3));
				if (requestedOn.isAfter(start) && !requestedOn.isAfter(asOf)) {
					extensionId = Seeds.uuid(random);
					t.add(DocketEntryType.EXTENSION_REQUESTED, requestedOn, "申请延长审限" + terms.unit().describe(terms.maxLength()) + "。", json("requestId", extensionId.toString(), "nth", "1",
									"length", String.valueOf(terms.maxLength()), "unit", terms.unit().name()),
							"COURT");
					if (!approvedOn.isAfter(asOf)) {
						t.add(DocketEntryType.EXTENSION_APPROVED, approvedOn, "经" + terms.approver() + "批准，审限延长"
								+ terms.unit().describe(terms.maxLength()) + "。",
								json("requestId", extensionId.toString(), "length", String.valueOf(terms.maxLength()),
										"unit", terms.unit().name(), "approver", terms.approver(), "citation",
										terms.citation()));
						events.add(new ClockEvent.Extended(approvedOn, terms.maxLength(), terms.unit(),
								terms.approver(), terms.citation()));
					}
				}
			}
		}
		boolean closed = method != null && !closeDay.isAfter(asOf);
		long amount = kind.civil() ? Math.round(Seeds.logNormal(random, 48_000, 1.3) * 100) : 0;

		// documents, service, pronouncement and closing
		Instant closedAt = null;
		if (closed) {
			References.ClosingMethod m = refs.method(method);
			LocalDate pronounced = closeDay;
			List<UUID> documentIds = new ArrayList<>();
			for (String docKind : m.documents()) {
				UUID docId = Seeds.uuid(random);
				documentIds.add(docId);
				LocalDate signed = m.dateRule().equals("SIGNED") || m.dateRule().equals("PRONOUNCEMENT") ? closeDay
						: closeDay.minusDays(3 + random.nextInt(5));
				if (signed.isBefore(start)) {
					signed = start;
				}
				tables.document.row(docId, id, docKind, docKind.equals("JUDGMENT") || docKind.endsWith("RULING")
						|| docKind.equals("MEDIATION_STATEMENT") ? caseNumber : null,
						CaseTitles.documentTitle(kind, title, cause, crime, docKind), signed,
						docKind.equals("CLOSING_NOTICE") ? "COURT" : "PARTIES", at(signed, 16), actor);
			}
			UUID mainDoc = documentIds.get(0);
			if (m.dateRule().equals("PRONOUNCEMENT")) {
				boolean inCourt = hearingDay != null && hearingDay.equals(closeDay);
				tables.pronouncement.row(Seeds.uuid(random), id, mainDoc, pronounced, inCourt ? "IN_COURT" : "FIXED_DATE",
						at(pronounced, 11), actor);
				t.add(DocketEntryType.JUDGMENT_PRONOUNCED, pronounced, (inCourt ? "当庭宣判" : "定期宣判") + "："
						+ CaseTitles.documentTitle(kind, title, cause, crime, "JUDGMENT") + "。",
						json("documentId", mainDoc.toString(), "mode", inCourt ? "IN_COURT" : "FIXED_DATE"));
			}
			if (!m.dateRule().equals("SIGNED")) {
				// the last party is served on the closing day (LAST_SERVICE, ANNOUNCEMENT); after a pronouncement
				// the parties are served within ten days
				List<Party> served = parties.stream().filter(p -> !p.agent()).toList();
				for (int i = 0; i < served.size(); i++) {
					LocalDate counted = m.dateRule().equals("PRONOUNCEMENT") ? closeDay.plusDays(1 + random.nextInt(9))
							: i == served.size() - 1 ? closeDay : closeDay.minusDays(random.nextInt(3));
					if (counted.isBefore(start)) {
						counted = start;
					}
					String how = random.nextInt(100) < 50 ? "ELECTRONIC" : random.nextInt(100) < 70 ? "POSTAL" : "PERSONAL";
					tables.service.row(Seeds.uuid(random), mainDoc, id, served.get(i).seq(), how, counted,
							at(counted, 17), actor);
				}
			}
			if (m.dateRule().equals("ANNOUNCEMENT") || m.dateRule().equals("LAST_SERVICE")) {
				t.add(DocketEntryType.SERVICE, closeDay, "向当事人送达" + CaseTitles.documentTitle(kind, title, cause, crime,
						m.documents().get(0)) + "。", json("documentId", mainDoc.toString()));
			}
			closedAt = at(closeDay, 17);
			t.add(DocketEntryType.CLOSED, closeDay, "结案，结案方式：" + m.name() + "，结案日期：" + closeDay + "。",
					json("method", m.code(), "methodVersion", refs.methodsVersion(), "statisticGroup",
							m.statisticGroup()));
			boolean awarded = method.equals("JUDGMENT") || method.equals("MEDIATION") || method.equals("REVISED");
			tables.closing.row(id, m.code(), refs.methodsVersion(), m.statisticGroup(), closeDay,
					kind.civil() && awarded ? Math.round(amount * (0.4 + random.nextDouble() * 0.6)) : null, closedAt,
					actor);
		}

		// cut the open case at the as-of date and give it the stage its docket shows
		List<Timeline.Entry> entries = t.upTo(closed ? closeDay : asOf);
		boolean suspended = false;
		UUID suspensionId = null;
		LocalDate suspendedOn = null;
		if (!closed && kind == CaseKind.CIVIL_FIRST && exclusionId == null && random.nextInt(100) < 4) {
			suspendedOn = entries.get(entries.size() - 1).on().plusDays(1 + random.nextInt(10));
			if (!suspendedOn.isAfter(asOf)) {
				suspended = true;
				suspensionId = Seeds.uuid(random);
				entries.add(new Timeline.Entry(DocketEntryType.SUSPENDED, suspendedOn,
						"中止诉讼，自" + suspendedOn + "起中止期间不计入审限（" + SUSPENSION_CITATION + "）。事由：本案须以另一案的审理结果为依据。",
						json("exclusionId", suspensionId.toString(), "kind", "中止", "ground", "DEPENDS_ON_OTHER_CASE",
								"citation", SUSPENSION_CITATION), "PARTIES"));
				events.add(new ClockEvent.Excluded(suspendedOn, null, "中止期间", SUSPENSION_CITATION));
			}
		}
		boolean assigned = entries.stream().anyMatch(e -> e.type() == DocketEntryType.ASSIGNED);
		boolean inTrial = entries.stream().anyMatch(e -> e.type() == DocketEntryType.SERVICE
				|| e.type() == DocketEntryType.HEARING_SCHEDULED || e.type() == DocketEntryType.MEDIATION);
		String stage = closed ? "CLOSED" : suspended ? "SUSPENDED" : inTrial ? "IN_TRIAL" : assigned ? "ASSIGNED"
				: "REGISTERED";

		UUID filingId = null;
		if (kind == CaseKind.CIVIL_FIRST && draft.earlier() == null && random.nextInt(100) < 30) {
			filingId = filings.accepted(id, caseNumber, procedure.name(), cause == null ? null : cause.code(),
					cause == null ? null : cause.name(), parties, amount, draft.registeredAt(), team.clerk().name());
		}
		tables.courtCase.row(id, caseNumber, court.id(), chunk.year(), court.code(), null, kind.typeCode,
				String.valueOf(number), kind.category, procedure.name(), cause == null ? null : cause.code(), start,
				title, draft.registeredAt(), stage, assigned ? department.id() : null, null, filingId);
		tables.supervisionQueue.row(id, draft.registeredAt());
		if (kind == CaseKind.CIVIL_FIRST) {
			diversions.registered(id, court.id(), caseNumber, title, cause, amount,
					(int) parties.stream().filter(p -> !p.agent()).count(), start, draft.registeredAt(), procedure,
					team.clerk().name());
		}
		CaseBasics facts = new CaseBasics(id, court, caseNumber, title, cause, amount, parties, start,
				draft.registeredAt(), closed ? closeDay : null, actor, team.clerk().name());
		records.registered(kind, facts, mediatedOn);
		for (Party p : parties) {
			tables.party.row(id, p.seq(), p.agent() ? "AGENT" : "PARTY", p.side(), p.partyType(), p.name(),
					p.idNumber(), p.represents(), p.lawyer(), p.licenseNumber(), null);
		}
		if (assigned) {
			Instant since = at(assignedOn, 10);
			tables.assignment.row(assignmentId, id, "JUDGE", "RANDOM", department.id(), random.nextLong(),
					"bench-generator", "[" + json("staffId", team.judge().id().toString(), "name", team.judge().name())
							+ "]", team.judge().id(), team.judge().name(), since);
			tables.team.row(Seeds.uuid(random), id, team.judge().id(), team.judge().username(), team.judge().name(),
					"RESPONSIBLE_JUDGE", since, !closed);
			tables.team.row(Seeds.uuid(random), id, team.assistant().id(), team.assistant().username(),
					team.assistant().name(), "ASSISTANT", since, !closed);
			tables.team.row(Seeds.uuid(random), id, team.clerk().id(), team.clerk().username(), team.clerk().name(),
					"CLERK", since, !closed);
			if (collegial && entries.stream().anyMatch(e -> e.type() == DocketEntryType.PANEL_FORMED)) {
				tables.team.row(Seeds.uuid(random), id, team.judge().id(), team.judge().username(), team.judge().name(),
						"PRESIDING_JUDGE", since, !closed);
				for (Staffing.Member m : panel) {
					tables.team.row(Seeds.uuid(random), id, m.id(), m.username(), m.name(), "MEMBER_JUDGE", since, !closed);
				}
			}
		}
		int seq = 0;
		for (Timeline.Entry e : entries) {
			tables.docket.row(Seeds.uuid(random), id, ++seq, e.type().name(), e.on(),
					e.type() == DocketEntryType.REGISTERED ? draft.registeredAt() : at(e.on(), 10 + seq % 7),
					e.audience(), e.summary(), e.details(), e.type() == DocketEntryType.REGISTERED ? null : actor);
		}
		if (exclusionId != null && !exclusionFrom.isAfter(closed ? closeDay : asOf)) {
			boolean ended = !exclusionTo.isAfter(closed ? closeDay : asOf);
			tables.exclusion.row(exclusionId, id, "APPRAISAL", null, "委托鉴定", APPRAISAL_CITATION, exclusionFrom,
					ended ? exclusionTo : null, actor, ended ? actor : null, at(exclusionFrom, 15));
			records.appraisal(facts, exclusionId, exclusionFrom, exclusionTo, ended ? exclusionTo : null);
		}
		if (suspended) {
			tables.exclusion.row(suspensionId, id, "SUSPENSION", "DEPENDS_ON_OTHER_CASE", "本案须以另一案的审理结果为依据。",
					SUSPENSION_CITATION, suspendedOn, null, actor, null, at(suspendedOn, 15));
		}
		if (extensionId != null) {
			boolean approved = !approvedOn.isAfter(closed ? closeDay : asOf);
			tables.extension.row(extensionId, id, 1, terms.maxLength(), terms.unit().name(), "案情复杂，需要延长审限。",
					actor, at(requestedOn, 15), base.due(), terms.higherCourt() ? "HIGHER_COURT" : "COURT",
					terms.higherCourt() && court.parentId() != null ? court.parentId() : court.id(), terms.approver(),
					terms.citation(), approved ? "APPROVED" : "PENDING", approved ? terms.maxLength() : null,
					approved ? "bench-president-" + court.id() : null, approved ? at(approvedOn, 16) : null);
		}
		if (rule != null) {
			LocalDate today = closed ? closeDay : asOf;
			List<ClockEvent> counted = new ArrayList<>();
			for (ClockEvent e : events) {
				if (e.on().isAfter(today)) {
					continue;
				}
				if (e instanceof ClockEvent.Excluded x && x.to() != null && x.to().isAfter(today)) {
					counted.add(new ClockEvent.Excluded(x.from(), null, x.reason(), x.citation()));
				}
				else {
					counted.add(e);
				}
			}
			counted.sort(Comparator.comparing(ClockEvent::on));
			CaseClock c = clocks.compute(rule, start, counted, today);
			tables.clock.row(id, c.rule().id().value(), c.start(), c.due(), c.status().name(), c.excludedDays(),
					c.extensions().size(), String.join("\n", c.explanation()), today, at(today, 18));
		}
		if (hearingHeld && !scheduledOn.isAfter(closed ? closeDay : asOf)) {
			boolean held = !hearingDay.isAfter(closed ? closeDay : asOf);
			Instant starts = hearingDay.atTime(hearingTime).atZone(CHINA).toInstant();
			Instant ends = starts.plusSeconds(3600 + random.nextInt(7200));
			tables.hearing.row(hearingId, id, court.id(), caseNumber, title.length() > 300 ? title.substring(0, 300)
					: title, "TRIAL", held ? "HELD" : "SCHEDULED", starts, ends, online ? null : room.id(),
					online ? null : room.name(), online, online ? "https://court.example/meet/" + hearingId : null, true,
					false, team.clerk().username() != null ? team.clerk().username() : GENERATOR, at(scheduledOn, 9),
					held ? starts : null, held ? ends : null);
		}
		if (kind == CaseKind.CIVIL_FIRST || kind == CaseKind.CIVIL_SECOND) {
			long fee = fees.of(amount, procedure == Procedure.SIMPLIFIED || procedure == Procedure.SMALL_CLAIMS);
			LocalDate paidOn = start.plusDays(random.nextInt(7));
			boolean paid = !paidOn.isAfter(asOf) && random.nextInt(100) < 93;
			String payer = parties.get(0).name();
			tables.fee.row(Seeds.uuid(random), caseNumber, court.id(), null,
					"案件受理费（" + payer + "）", fee, fee, paid ? "PAID" : "DUE", actor, draft.registeredAt(),
					paid ? at(paidOn, 14) : null);
		}
		if (draft.earlier() != null) {
			tables.link.row(Seeds.uuid(random), id, draft.earlier().id(), "EARLIER_INSTANCE",
					"原审案号" + draft.earlier().caseNumber(), draft.registeredAt(), GENERATOR);
		}
	}

	static final String APPRAISAL_CITATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条";
	static final String SUSPENSION_CITATION = "《中华人民共和国民事诉讼法》第一百五十三条第一款第五项；《最高人民法院关于严格执行案件审理期限制度的若干规定》第九条第（九）项";

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(CHINA).toInstant();
	}

	private List<Party> parties(CaseKind kind, Court court) {
		List<Party> out = new ArrayList<>();
		String first = switch (kind) {
			case ENFORCEMENT, PRESERVATION_REVIEW, PRESERVATION_ENFORCEMENT, PRE_SUIT_MEDIATION, CIVIL_RETRIAL_REVIEW -> "APPLICANT";
			default -> "PLAINTIFF";
		};
		String second = first.equals("APPLICANT") ? "RESPONDENT" : "DEFENDANT";
		if (kind.criminal()) {
			out.add(new Party(1, false, "PLAINTIFF", "LEGAL_PERSON", court.place() + "人民检察院", null, null, false, null));
			int n = random.nextInt(100) < 85 ? 1 : 2;
			for (int i = 0; i < n; i++) {
				out.add(person("DEFENDANT", out.size() + 1));
			}
		}
		else if (kind == CaseKind.ADMINISTRATIVE_FIRST) {
			out.add(random.nextInt(100) < 75 ? person("PLAINTIFF", 1) : company("PLAINTIFF", 1, court));
			out.add(new Party(2, false, "DEFENDANT", "LEGAL_PERSON", court.place() + AGENCIES[random.nextInt(AGENCIES.length)],
					null, null, false, null));
		}
		else {
			int plaintiffs = random.nextInt(100) < 85 ? 1 : 2;
			int defendants = random.nextInt(100) < 70 ? 1 : random.nextInt(100) < 75 ? 2 : 3;
			for (int i = 0; i < plaintiffs; i++) {
				out.add(random.nextInt(100) < 65 ? person(first, out.size() + 1) : company(first, out.size() + 1, court));
			}
			for (int i = 0; i < defendants; i++) {
				out.add(random.nextInt(100) < 75 ? person(second, out.size() + 1) : company(second, out.size() + 1, court));
			}
		}
		List<Party> agents = new ArrayList<>();
		for (Party p : out) {
			if (p.partyType() != null && p.name().endsWith("人民检察院")) {
				continue;
			}
			int chance = p.side().equals("DEFENDANT") && kind.criminal() ? 55 : p.seq() == 1 ? 45 : 25;
			if (random.nextInt(100) < chance) {
				agents.add(new Party(out.size() + agents.size() + 1, true, p.side(), null, ChineseNames.person(random),
						null, p.seq(), true, license()));
			}
		}
		out.addAll(agents);
		return out;
	}

	private Party person(String side, int seq) {
		boolean male = random.nextBoolean();
		return new Party(seq, false, side, "NATURAL_PERSON", ChineseNames.person(random),
				IdNumbers.next(random, province.areaCodes(), male), null, false, null);
	}

	private Party company(String side, int seq, Court court) {
		return new Party(seq, false, side, "LEGAL_PERSON", ChineseNames.company(random, court.city()),
				CreditCodes.next(random, province.areaCodes()), null, false, null);
	}

	/** 律师执业证号: 1 + 省 22 + 市 2 digits + 首次执业年 + 性别/类别 + 7 digits (17 digits). */
	private String license() {
		return String.format("122%02d%04d%d%07d", 1 + random.nextInt(8), 2000 + random.nextInt(25),
				random.nextInt(2), random.nextInt(10_000_000));
	}

	private List<Party> appealParties(Appealable earlier) {
		boolean plaintiffAppeals = random.nextBoolean();
		List<Party> out = new ArrayList<>();
		for (Party p : earlier.parties()) {
			boolean plaintiffSide = p.side().equals("PLAINTIFF");
			String side = plaintiffSide == plaintiffAppeals ? "APPELLANT" : "APPELLEE";
			if (earlier.kind().criminal() && plaintiffSide) {
				continue;
			}
			if (earlier.kind().criminal()) {
				side = "APPELLANT";
			}
			out.add(new Party(p.seq(), p.agent(), side, p.partyType(), p.name(), p.idNumber(), p.represents(),
					p.lawyer(), p.licenseNumber()));
		}
		// criminal appeals drop the 公诉机关 (seq 1): renumber so seq runs 1..n and agents keep their party
		Map<Integer, Integer> renumber = new HashMap<>();
		List<Party> numbered = new ArrayList<>();
		for (Party p : out) {
			renumber.put(p.seq(), numbered.size() + 1);
			numbered.add(p);
		}
		List<Party> result = new ArrayList<>();
		for (Party p : numbered) {
			Integer represents = p.represents() == null ? null : renumber.get(p.represents());
			if (p.agent() && represents == null) {
				continue;
			}
			result.add(new Party(renumber.get(p.seq()), p.agent(), p.side(), p.partyType(), p.name(), p.idNumber(),
					represents, p.lawyer(), p.licenseNumber()));
		}
		return result;
	}

	static String json(String... keyValues) {
		StringBuilder b = new StringBuilder("{");
		for (int i = 0; i < keyValues.length; i += 2) {
			if (i > 0) {
				b.append(", ");
			}
			b.append('"').append(escape(keyValues[i])).append("\": \"").append(escape(keyValues[i + 1])).append('"');
		}
		return b.append('}').toString();
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
