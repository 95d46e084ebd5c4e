package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.supervision.FlagKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The flags a rule raises from a pending case's facts: 群体性 at {@code smartcourt.supervision.group-parties} (10)
 * or more parties (the usual practice, domain-rules §12), 指定分案, 多次延期开庭 at
 * {@code smartcourt.supervision.adjournments} (2) or more, 延长审限, and 超12个月未结. Each kind once per case; the
 * judge is told unless the case is being read for the first time (a first import tells nobody).
 */
@Component
class FlagRules {

	private final CaseSupervision supervision;
	private final JdbcClient jdbc;
	private final int groupParties;
	private final int adjournments;

	FlagRules(CaseSupervision supervision, JdbcClient jdbc,
			@Value("${smartcourt.supervision.group-parties:10}") int groupParties,
			@Value("${smartcourt.supervision.adjournments:2}") int adjournments) {
		this.supervision = supervision;
		this.jdbc = jdbc;
		this.groupParties = groupParties;
		this.adjournments = adjournments;
	}

	void apply(CaseFact before, CaseFact now, LocalDate today) {
		if (now.closed()) {
			return;
		}
		boolean tell = before != null;
		if (now.parties() >= groupParties) {
			supervision.raiseByRule(now, FlagKind.GROUP_OR_PUBLIC,
					"当事人" + now.parties() + "人（" + groupParties + "人以上按群体性纠纷标注）", tell);
		}
		if (now.designated()) {
			supervision.raiseByRule(now, FlagKind.DESIGNATED_ASSIGNMENT, "本案系指定分案", tell);
		}
		if (now.adjournments() >= adjournments) {
			supervision.raiseByRule(now, FlagKind.REPEATED_ADJOURNMENT, "已延期开庭" + now.adjournments() + "次", tell);
		}
		if (now.extended()) {
			supervision.raiseByRule(now, FlagKind.EXTENDED, "已延长审限" + now.extensions() + "次", tell);
		}
		if (longPending(now, today)) {
			supervision.raiseByRule(now, FlagKind.LONG_PENDING, "立案于" + now.registeredOn() + "，已超过12个月未结", tell);
		}
	}

	static boolean longPending(CaseFact f, LocalDate today) {
		return !f.closed() && f.registeredOn().plusMonths(12).isBefore(today);
	}

	/** Flags every pending case that turned 12 months since the last run; returns how many. */
	int flagLongPending(LocalDate today) {
		List<CaseFact> due = jdbc.sql("select " + CaseFactStore.COLUMNS + " from supervision_case_fact f "
				+ "where closed_on is null and registered_on < ? and not exists (select 1 from supervision_flag g "
				+ "where g.case_id = f.case_id and g.kind = 'LONG_PENDING')")
			.param(today.minusMonths(12))
			.query(CaseFactStore::map)
			.list();
		due.forEach(f -> supervision.raiseByRule(f, FlagKind.LONG_PENDING,
				"立案于" + f.registeredOn() + "，已超过12个月未结", true));
		return due.size();
	}
}
