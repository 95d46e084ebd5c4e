package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.smartcourt.supervision.Period;

/** Random but plausible case facts, and periods, for the property tests. */
final class RandomFacts {

	private static final String[] TYPES = { "民初", "民初", "民初", "民终", "刑初", "执", "诉前调书", "执保" };
	private static final String[] PROCEDURES = { "ORDINARY", "SIMPLIFIED", "SMALL_CLAIMS" };
	private static final String[][] OUTCOMES = { { "JUDGMENT", "JUDGMENT" }, { "MEDIATION", "MEDIATED" },
			{ "WITHDRAWAL_PERMITTED", "WITHDRAWN" }, { "REVISED", "REVISED" } };
	private static final String[] APPEALS = { null, "UPHELD", "REVISED", "REMANDED" };

	private final Random random;
	private final List<String> courts;
	private final List<UUID> departments;
	private final List<UUID> judges;

	RandomFacts(long seed, List<String> courts, List<UUID> departments, List<UUID> judges) {
		this.random = new Random(seed);
		this.courts = courts;
		this.departments = departments;
		this.judges = judges;
	}

	List<CaseFact> facts(int n) {
		List<CaseFact> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(fact());
		}
		return out;
	}

	CaseFact fact() {
		LocalDate registered = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
		String type = TYPES[random.nextInt(TYPES.length)];
		boolean closed = random.nextInt(4) > 0;
		LocalDate closedOn = closed ? registered.plusDays(random.nextInt(500)) : null;
		String[] outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
		boolean hasClock = random.nextInt(10) > 0;
		String appeal = closed && random.nextInt(5) == 0 ? APPEALS[random.nextInt(APPEALS.length)] : null;
		boolean appealed = appeal != null || closed && random.nextInt(10) == 0;
		int d = random.nextInt(departments.size() + 1);
		return new CaseFact(UUID.randomUUID(), courts.get(random.nextInt(courts.size())),
				d == departments.size() ? null : departments.get(d), judges.get(random.nextInt(judges.size())), "法官",
				"（2024）吉0104" + type + random.nextInt(100000) + "号", "随机案件", type, "0301",
				PROCEDURES[random.nextInt(PROCEDURES.length)], registered, 2 + random.nextInt(12),
				closed ? outcome[0] : null, closed ? outcome[1] : null, closedOn, hasClock ? "R" : null,
				hasClock ? registered.plusDays(60 + random.nextInt(300)) : null, random.nextInt(3) == 0 ? 1 : 0,
				random.nextInt(4) == 0 ? random.nextInt(60) : 0, null,
				appealed ? UUID.randomUUID() : null, appealed ? closedOn.plusDays(15) : null, appeal,
				random.nextInt(8) == 0, random.nextInt(3));
	}

	Period period() {
		YearMonth from = YearMonth.of(2023, 1).plusMonths(random.nextInt(40));
		return new Period(from, from.plusMonths(random.nextInt(14)));
	}
}
