package org.smartcourt.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.shared.CourtId;

/**
 * What the trial statistics (审判质效) need to know of one case as it stands now, read through this module so that
 * the statistics keep their own copy and never read its tables.
 *
 * @param departmentId the 承办部门, or {@literal null} before 分案.
 * @param judgeStaffId the 承办法官's staff id, or {@literal null} before 分案.
 * @param parties the parties (当事人), without their agents.
 * @param closing the 结案 record, or {@literal null} while the case is pending.
 * @param clock the 审限 as last computed, or {@literal null} for a case type without one.
 * @param earlierInstance the case this one reviews on appeal (前审), or {@literal null}.
 * @param laterInstance the appeal (二审) registered against this case, or {@literal null}.
 * @param designated whether the case was assigned by designation (指定分案) rather than at random.
 * @param adjournments how many times a hearing was adjourned (延期开庭).
 */
public record CaseFacts(CaseId id, CourtId courtId, UUID departmentId, UUID judgeStaffId, String judgeName,
		String caseNumber, String title, String typeCode, String categoryCode, Procedure procedure, CaseStage stage,
		LocalDate registeredOn, int parties, Closing closing, Clock clock, CaseId earlierInstance,
		LaterInstance laterInstance, boolean designated, int adjournments) {

	/**
	 * 结案.
	 *
	 * @param outcomeGroup the statistic group of the 结案方式 ({@code reference/cases/closing-methods.csv}).
	 */
	public record Closing(String methodCode, String outcomeGroup, LocalDate closedOn, Long amountAwardedFen) {
	}

	/** The 审限 as the case's clock last computed it: its last day, approved extensions and days not counted. */
	public record Clock(String rule, LocalDate dueOn, int extensions, long excludedDays) {
	}

	/**
	 * The appeal against this case.
	 *
	 * @param outcomeGroup the appeal's statistic group once it is closed (e.g. {@code REVISED}, {@code REMANDED}),
	 *        else {@literal null}.
	 */
	public record LaterInstance(CaseId id, LocalDate registeredOn, String outcomeGroup) {
	}
}
