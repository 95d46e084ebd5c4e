package org.smartcourt.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.shared.Actor;

/**
 * 扣除审限 recorded on a case's clock by another module: the appraisal interval (鉴定期间) or the extended part of an
 * in-litigation mediation (立案后延长的调解期限). Each start and end is a docket entry the parties see (2019 规定 art. 7)
 * and audited under the actor's name. The calling module checks that the actor may do this; the case must be open
 * (分案后、审理中), the start day neither before 立案 nor after today, and no excluded period may overlap another,
 * else a {@link org.smartcourt.shared.DomainException} says why in Chinese.
 */
public interface ExcludedPeriods {

	/** What is excluded, and the article that excludes it. */
	enum Kind {
		/** 鉴定期间: 民诉解释 art. 243. */
		APPRAISAL,
		/** 立案后延长的调解期限: 《人民法院在线调解规则》 art. 24. */
		MEDIATION_EXTENSION,
		/** 公告期间: 民诉解释 art. 243. */
		PUBLICATION,
		/** 审计、评估、资产清理: 2000 rule art. 9(8). */
		AUDIT_VALUATION
	}

	/** Starts an excluded period on {@code from} (counted as excluded) and returns its id. */
	UUID start(Actor actor, CaseId caseId, Kind kind, LocalDate from, String reason);

	/** Ends the period; {@code to} is its last excluded day. */
	void end(Actor actor, CaseId caseId, UUID periodId, LocalDate to);
}
