package org.smartcourt.cases;

import java.time.LocalDate;

import org.smartcourt.shared.CourtId;

/**
 * Published when a case is closed (结案), committed with the closing; the supervision statistics (审判质效) count it.
 *
 * @param methodCode the 结案方式 code from {@code reference/cases/closing-methods.csv}, e.g. {@code JUDGMENT}.
 * @param closedOn the 结案日期 under the 2000 rule art. 10 (宣判、裁定宣告或调解书送达最后一方当事人之日).
 * @param outcomeGroup the statistic group of the method, e.g. {@code MEDIATED}, {@code WITHDRAWN}.
 * @param amountAwardedFen the amount awarded or agreed, in fen, or {@literal null} where none applies.
 */
public record CaseClosed(CaseId caseId, CourtId courtId, String methodCode, LocalDate closedOn, String outcomeGroup,
		Long amountAwardedFen) {
}
