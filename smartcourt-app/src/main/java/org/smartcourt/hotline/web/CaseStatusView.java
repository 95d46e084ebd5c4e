package org.smartcourt.hotline.web;

import java.util.List;

import org.smartcourt.hotline.internal.CaseStatusReport;

/** 案件信息 for a verified caller: stage, 承办法官, next hearing and the latest steps. */
record CaseStatusView(String caseNumber, String title, String stage, String stageName, String judgeName,
		String nextHearing, List<String> recentSteps) {

	static CaseStatusView of(CaseStatusReport r, Labels labels) {
		return r == null ? null
				: new CaseStatusView(r.caseNumber(), r.title(), r.stage().name(), labels.of(r.stage().labelKey()),
						r.judgeName(), r.nextHearing(), r.recentSteps());
	}
}
