package org.smartcourt.bench.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The 庭室, 法庭 and 人员 of one court, planned deterministically from the seed, so that the staff phase writes them
 * and every case chunk can pick its team from the same plan without reading them back. A basic court has 60–150
 * staff (by its case volume), an intermediate court 200–400, the high court about 400; about a third are judges.
 */
final class Staffing {

	/** Judges and clerks per court who get a login account ({@code bench-judge-<court id>-<n>}). */
	static final int ACCOUNTS_PER_ROLE = 5;

	record Department(UUID id, String name, String kind, boolean existing, List<String> categories) {
	}

	record Member(UUID id, UUID departmentId, String name, String position, String username, List<String> categories) {
	}

	/** A judge with the 法官助理 and 书记员 of the judge's team. */
	record Judge(Member judge, Member assistant, Member clerk) {
	}

	record Courtroom(UUID id, String name, boolean technology, int capacity) {
	}

	private static final String[][] BASIC = { { "立案庭", "FILING", "0900" }, { "民事审判第一庭", "TRIAL", "0300" },
			{ "民事审判第二庭", "TRIAL", "0300" }, { "刑事审判庭", "TRIAL", "0200" }, { "行政审判庭", "TRIAL", "0400" },
			{ "执行局", "ENFORCEMENT", "1000" }, { "审判管理办公室", "TRIAL_MANAGEMENT", "" },
			{ "办公室", "ADMINISTRATION", "" }, { "信息技术科", "TECHNOLOGY", "" } };
	private static final String[][] UPPER = { { "立案庭", "FILING", "0900" }, { "民事审判第一庭", "TRIAL", "0300" },
			{ "民事审判第二庭", "TRIAL", "0300" }, { "刑事审判庭", "TRIAL", "0200" },
			{ "刑事审判第一庭", "TRIAL", "0200" }, { "行政审判庭", "TRIAL", "0400" }, { "审判监督庭", "TRIAL", "0300" },
			{ "执行局", "ENFORCEMENT", "1000" }, { "审判管理办公室", "TRIAL_MANAGEMENT", "" },
			{ "办公室", "ADMINISTRATION", "" }, { "信息技术处", "TECHNOLOGY", "" } };
	/** Share of the trial staff in each department, by name. */
	private static final Map<String, Double> SHARE = Map.ofEntries(Map.entry("立案庭", 0.10),
			Map.entry("民事审判第一庭", 0.22), Map.entry("民事审判第二庭", 0.14), Map.entry("刑事审判庭", 0.10),
			Map.entry("刑事审判第一庭", 0.06), Map.entry("行政审判庭", 0.05), Map.entry("审判监督庭", 0.05),
			Map.entry("执行局", 0.20), Map.entry("审判管理办公室", 0.03), Map.entry("办公室", 0.06),
			Map.entry("信息技术科", 0.02), Map.entry("信息技术处", 0.02));

	private final Court court;
	private final Map<String, Department> departments = new LinkedHashMap<>();
	private final List<Member> members = new ArrayList<>();
	private final Map<String, List<Judge>> judges = new LinkedHashMap<>();
	private final List<Courtroom> courtrooms = new ArrayList<>();

	private Staffing(Court court) {
		this.court = court;
	}

	/**
	 * @param existing departments the court already has (the demo courts), by name: they are reused, not duplicated.
	 */
	static Staffing plan(Court court, long seed, double maxWeight, Map<String, UUID> existing) {
		SplittableRandom random = Seeds.random(seed, "staff", court.id());
		Staffing s = new Staffing(court);
		int total = court.high() ? 400
				: court.intermediate() ? 200 + (int) (200 * Math.min(1, court.weight() / maxWeight))
						: 60 + (int) (90 * Math.min(1, court.weight() / maxWeight));
		String[][] layout = court.basic() ? BASIC : UPPER;
		for (String[] d : layout) {
			if (!court.basic() && d[0].equals(court.high() ? "刑事审判庭" : "刑事审判第一庭")) {
				continue;
			}
			UUID known = existing.get(d[0]);
			List<String> categories = d[2].isEmpty() ? List.of() : List.of(d[2]);
			// drawn even when the department exists, so the plan (staff ids, names) is the same whether or not an
			// earlier run already wrote it: a resumed run must pick teams from the staff that run wrote
			UUID drawn = Seeds.uuid(random);
			s.departments.put(d[0], new Department(known != null ? known : drawn, d[0], d[1],
					known != null, categories));
		}
		s.add(random, null, "PRESIDENT", List.of());
		for (int i = 0, n = court.basic() ? 2 : 4; i < n; i++) {
			s.add(random, null, "VICE_PRESIDENT", List.of());
		}
		double shares = s.departments.keySet().stream().mapToDouble(n -> SHARE.getOrDefault(n, 0.05)).sum();
		int judgeAccounts = 0;
		int clerkAccounts = 0;
		for (Department d : s.departments.values()) {
			int size = Math.max(4, (int) Math.round(total * SHARE.getOrDefault(d.name(), 0.05) / shares));
			if (!d.kind().equals("TRIAL") && !d.kind().equals("FILING") && !d.kind().equals("ENFORCEMENT")) {
				for (int i = 0; i < size; i++) {
					s.add(random, d.id(), d.kind().equals("TECHNOLOGY") ? "TECHNICIAN" : "ADMINISTRATOR", List.of());
				}
				continue;
			}
			s.add(random, d.id(), "DIVISION_HEAD", d.categories());
			s.add(random, d.id(), "DEPUTY_DIVISION_HEAD", d.categories());
			int judgeCount = Math.max(2, (int) Math.round(size * 0.4));
			int support = Math.max(2, (int) Math.round(size * 0.25));
			List<Member> assistants = new ArrayList<>();
			List<Member> clerks = new ArrayList<>();
			for (int i = 0; i < support; i++) {
				assistants.add(s.add(random, d.id(), "ASSISTANT", List.of()));
			}
			boolean accounts = d.name().equals("民事审判第一庭");
			for (int i = 0; i < support; i++) {
				String username = accounts && clerkAccounts < ACCOUNTS_PER_ROLE
						? "bench-clerk-" + court.id() + "-" + ++clerkAccounts : null;
				clerks.add(s.add(random, d.id(), "CLERK", List.of(), username));
			}
			List<Judge> team = new ArrayList<>();
			for (int i = 0; i < judgeCount; i++) {
				String username = accounts && judgeAccounts < ACCOUNTS_PER_ROLE
						? "bench-judge-" + court.id() + "-" + ++judgeAccounts : null;
				Member judge = s.add(random, d.id(), "JUDGE", d.categories(), username);
				team.add(new Judge(judge, assistants.get(i % assistants.size()), clerks.get(i % clerks.size())));
			}
			s.judges.put(d.name(), team);
			if (d.kind().equals("ENFORCEMENT")) {
				for (int i = 0; i < size - judgeCount - 2 * support; i++) {
					s.add(random, d.id(), "ENFORCEMENT_OFFICER", List.of());
				}
			}
		}
		for (int i = 0; i < (court.basic() ? 6 : 10); i++) {
			s.add(random, null, "PEOPLES_ASSESSOR", List.of());
		}
		for (int i = 0; i < (court.basic() ? 4 : 6); i++) {
			s.add(random, null, "JUDICIAL_POLICE", List.of());
		}
		int rooms = court.basic() ? 6 + (int) (8 * Math.min(1, court.weight() / maxWeight)) : 12;
		for (int i = 1; i <= rooms; i++) {
			s.courtrooms.add(new Courtroom(Seeds.uuid(random), "第" + ChineseNumerals.of(i) + "审判庭（bench）",
					i % 3 != 0, i == 1 ? 120 : 40));
		}
		return s;
	}

	private Member add(SplittableRandom random, UUID department, String position, List<String> categories) {
		return add(random, department, position, categories, null);
	}

	private Member add(SplittableRandom random, UUID department, String position, List<String> categories,
			String username) {
		Member m = new Member(Seeds.uuid(random), department, ChineseNames.person(random), position, username,
				categories);
		members.add(m);
		return m;
	}

	Court court() {
		return court;
	}

	Map<String, Department> departments() {
		return departments;
	}

	List<Member> members() {
		return members;
	}

	List<Courtroom> courtrooms() {
		return courtrooms;
	}

	/** The judges of a department (with their teams), never empty for a trial, filing or enforcement department. */
	List<Judge> judgesOf(String department) {
		return judges.getOrDefault(department, List.of());
	}

	Map<String, List<Judge>> judges() {
		return judges;
	}
}
