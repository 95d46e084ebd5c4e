package org.smartcourt.bench.load;

import java.util.Locale;

/** The kinds of virtual users of the load and what each does (see {@link Workload}). */
enum Role {

	/** 当事人: browses their cases (/api/v1/cases/mine, a case page) and files online (create, attach, submit). */
	LITIGANT,
	/** 立案庭 clerk: registers submitted filings (decision ACCEPT → a case with its number). */
	CLERK,
	/** 法官: the assigned list (API and page), a case (page, API, docket). */
	JUDGE,
	/** Court staff searching cases by number, party name or ID number. */
	SEARCH,
	/** 院长/庭长: the court's 审限 dashboards (overdue, near expiry, extended). */
	PRESIDENT,
	/**
	 * 院长 reading 审判质效: the board (API and page), the cases behind a number, the whole area's board and the
	 * courts side by side.
	 */
	SUPERVISION;

	static Role of(String name) {
		return valueOf(name.trim().toUpperCase(Locale.ROOT));
	}

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
