package org.smartcourt.hotline.web;

/** The bodies of the commands on a request. */
final class Commands {

	private Commands() {
	}

	/** 转办 to a colleague, by username. */
	record Forward(String assignee, String note) {
	}

	/** 答复. */
	record Answer(String answer) {
	}

	/** 回访, with the satisfaction the requester gave on the phone, if any. */
	record Callback(String note, Integer satisfaction, String comment) {
	}

	/** 办结. */
	record Close(String note) {
	}

	/** 满意度评价 (1–5). */
	record Rating(Integer satisfaction, String comment) {
	}

	/** 身份核验: the caller's name and ID number (or a lawyer's 执业证号) against a case. */
	record IdentityCheck(String caseNumber, String name, String idNumber) {
	}

	/** The check's answer: {@code caseStatus} only when verified; nothing about the case otherwise. */
	record IdentityCheckResult(boolean verified, String message, CaseStatusView caseStatus) {
	}
}
