package org.smartcourt.supervision.web;

import java.util.List;
import java.util.UUID;

import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.internal.TrialStatistics;

/** One judge's line in the judges' comparison: name, position, and each indicator as it reads. */
record JudgeRow(UUID judgeId, String name, String positionKey, List<String> values, String boardLink) {

	static JudgeRow of(TrialStatistics.JudgeFigures j, Period period, ScopeParams params) {
		return new JudgeRow(j.judge().id(), j.judge().name(), j.judge().position().labelKey(),
				j.values().stream().map(v -> IndicatorFormat.format(v.value(), v.indicator().unit())).toList(),
				"/supervision?judge=" + j.judge().id() + "&period=" + period.text()
						+ (params.court() == null || params.court().isBlank() ? "" : "&court=" + params.court()));
	}
}
