package org.smartcourt.deadlines;

/**
 * The case-clock part of the engine: a case's 审限 from its events, and the terms of the next extension. Pure
 * computation on the holiday calendar; invalid input raises a {@link org.smartcourt.shared.DomainException}.
 * <p>
 * Events apply in date order to a running last day: an exclusion adds its days (an open one up to today, and the
 * clock is PAUSED); an extension runs on from the current last day as counted, before any move off a rest day (延长
 * continues from the original expiry); 简转普 with {@code keepStart} counts the new rule from the original start,
 * keeps the exclusions and drops the old rule's extensions (民诉解释第二百五十八条第三款); a restart drops everything
 * before it. A cap on the period with its extensions (简易程序四个月) comes next, and the move off a rest day happens
 * once, at the very end.
 */
public interface CaseClocks {

	/** The period as it stands on {@code query.today()}. */
	CaseClock compute(CaseClockQuery query);

	/**
	 * The terms for extension number {@code nth} (1 for the first) of a period under {@code rule} whose current last
	 * day is {@code due}. E.g. civil simple procedure: one extension of at most one month by the 院长 (民诉法 art. 164,
	 * capped at four months in all, 民诉解释 art. 258); ordinary: six months by the 院长, then the higher court (art.
	 * 152); apply 15 days and decide 5 days before expiry (2019 规定 art. 1).
	 */
	ExtensionTerms extensionTerms(RuleId rule, int nth, java.time.LocalDate due);
}
