package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.smartcourt.cases.CaseFacts;

/**
 * The statistics' copy of one case. Measures are SpEL conditions over these properties (and the derived ones below),
 * so their names are part of the data format of {@code indicators.json}: rename none without migrating it.
 */
public record CaseFact(UUID caseId, String courtId, UUID departmentId, UUID judgeId, String judgeName,
		String caseNumber, String title, String typeCode, String categoryCode, String procedure, LocalDate registeredOn,
		int parties, String methodCode, String outcomeGroup, LocalDate closedOn, String clockRule, LocalDate dueOn,
		int extensions, long excludedDays, UUID earlierCase, UUID appealCase, LocalDate appealRegisteredOn,
		String appealOutcome, boolean designated, int adjournments) {

	static CaseFact of(CaseFacts f) {
		var closing = f.closing();
		var clock = f.clock();
		var appeal = f.laterInstance();
		return new CaseFact(f.id().value(), f.courtId().value(), f.departmentId(), f.judgeStaffId(), f.judgeName(),
				f.caseNumber(), f.title(), f.typeCode(), f.categoryCode(), f.procedure().name(), f.registeredOn(),
				f.parties(), closing == null ? null : closing.methodCode(),
				closing == null ? null : closing.outcomeGroup(), closing == null ? null : closing.closedOn(),
				clock == null ? null : clock.rule(), clock == null ? null : clock.dueOn(),
				clock == null ? 0 : clock.extensions(), clock == null ? 0 : clock.excludedDays(),
				f.earlierInstance() == null ? null : f.earlierInstance().value(),
				appeal == null ? null : appeal.id().value(), appeal == null ? null : appeal.registeredOn(),
				appeal == null ? null : appeal.outcomeGroup(), f.designated(), f.adjournments());
	}

	/** 已结. */
	public boolean closed() {
		return closedOn != null;
	}

	/** 审理天数: calendar days from 立案 to 结案, or {@literal null} while pending. */
	public Long trialDays() {
		return closedOn == null ? null : ChronoUnit.DAYS.between(registeredOn, closedOn);
	}

	/** 审理天数 without the days the 审限 did not count (扣除审限 and 中止), or {@literal null} while pending. */
	public Long netTrialDays() {
		return closedOn == null ? null : Math.max(0, trialDays() - excludedDays);
	}

	/** Whether the case has a 审限 (some 类型代字 have none in the rule table). */
	public boolean hasClock() {
		return dueOn != null;
	}

	/** 法定审限内结案: closed on or before the last day after approved exclusions and extensions. */
	public boolean closedWithinLegalPeriod() {
		return closedOn != null && dueOn != null && !closedOn.isAfter(dueOn);
	}

	/**
	 * 法定正常审限内结案: within the period without any extension, exclusion or suspension, which count against the
	 * court (延长、中止、中断、扣除审限 lower this rate: domain-rules §10.2).
	 */
	public boolean closedWithinNormalPeriod() {
		return closedWithinLegalPeriod() && extensions == 0 && excludedDays == 0;
	}

	/** 已延长审限. */
	public boolean extended() {
		return extensions > 0;
	}

	/** 一审 (类型代字 ending in 初). */
	public boolean firstInstance() {
		return typeCode.endsWith("初");
	}

	/** An appeal (上诉) has been registered against this case. */
	public boolean appealed() {
		return appealCase != null;
	}
}
