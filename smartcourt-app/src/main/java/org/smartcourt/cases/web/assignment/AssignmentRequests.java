package org.smartcourt.cases.web.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.Procedure;

/** Request bodies of the assignment API. */
final class AssignmentRequests {

	private AssignmentRequests() {
	}

	/** 随机分案; {@code departmentId} only where the responsible department is ambiguous. */
	record RandomAssignment(UUID departmentId) {
	}

	/** 申请指定分案或变更承办法官. */
	record Designation(UUID judgeStaffId, String reason) {
	}

	/** 批准或不同意, with an optional (for refusal, required) note. */
	record Decision(String note) {
	}

	/** 组成合议庭 ({@code COLLEGIAL}) or 独任 ({@code SOLE}). */
	record Panel(String form, UUID presidingJudge, List<UUID> memberJudges, Integer assessors) {
	}

	/** 程序转换. */
	record ProcedureChange(Procedure to, String reason, Boolean partiesAgreed) {
	}

	/** 法官不在岗登记. */
	record Absence(UUID staffId, LocalDate from, LocalDate to, String reason) {
	}

	/** 审判团队: a judge's standing assistant and clerk. */
	record StandingTeam(UUID assistantStaffId, UUID clerkStaffId) {
	}

	/** 自动分案开关. */
	record AutomaticSetting(boolean automatic) {
	}
}
