package org.smartcourt.hotline.internal;

import java.util.List;

import org.smartcourt.cases.CaseStage;

/**
 * 案件信息: what a verified party or agent is told about their case on the hotline. Only ever built after an identity
 * check passed.
 *
 * @param judgeName the 承办法官, or {@literal null} before assignment.
 * @param nextHearing the next scheduled hearing's start (ISO local date-time), or {@literal null}.
 * @param recentSteps the latest procedural steps the parties may see, newest first, as 「2026-11-29 立案」.
 */
public record CaseStatusReport(String caseNumber, String title, CaseStage stage, String judgeName, String nextHearing,
		List<String> recentSteps) {

	public CaseStatusReport {
		recentSteps = List.copyOf(recentSteps);
	}
}
