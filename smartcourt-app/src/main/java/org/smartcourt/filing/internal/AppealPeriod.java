package org.smartcourt.filing.internal;

import java.time.LocalDate;

/**
 * 上诉期 as the deadlines engine states it: the rule, and when the judgment or ruling was served on the appellant,
 * the last day.
 *
 * @param ruleId {@code appeal-judgment} (15 days) or {@code appeal-ruling} (10 days), 民事诉讼法 art. 171.
 * @param rule the rule in one line, e.g. 「上诉期（判决）：判决书送达之日起十五日（民事诉讼法第一百七十一条第一款）」.
 * @param servedOn the day the decision was served on the appellant, or {@literal null} when not on the docket.
 * @param due the last day to appeal, or {@literal null} without a service date.
 * @param explanation the engine's derivation, or {@literal null} without a service date.
 */
public record AppealPeriod(String ruleId, String rule, LocalDate servedOn, LocalDate due, String explanation) {
}
