package org.smartcourt.supervision;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.shared.CourtId;

/**
 * Whose figures: some courts, optionally one department (庭室) of one court, or one judge, and optionally some
 * 类型代字. Built by the scope rules from who asks ({@code supervision.internal.Scopes}), never from the request
 * alone.
 *
 * @param judgeId the 承办法官's staff id when the figures are one judge's, else {@literal null}.
 * @param typeCodes the 类型代字 counted, or empty for all.
 * @param label in Chinese, e.g. 长春市朝阳区人民法院 · 民事审判第一庭.
 */
public record StatisticsScope(List<CourtId> courts, UUID departmentId, UUID judgeId, Set<String> typeCodes,
		String label) {

	public StatisticsScope {
		courts = List.copyOf(courts);
		typeCodes = Set.copyOf(typeCodes);
	}

	public List<String> courtIds() {
		return courts.stream().map(CourtId::value).toList();
	}
}
