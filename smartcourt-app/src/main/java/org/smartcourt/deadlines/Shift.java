package org.smartcourt.deadlines;

import java.time.LocalDate;

/**
 * A last day moved off a rest day (《民事诉讼法》第八十五条第三款).
 *
 * @param from the last day as counted.
 * @param to the first working day after it.
 * @param reason 法定休假日 (with the holiday's name) or 周末休息日.
 */
public record Shift(LocalDate from, LocalDate to, String reason) {
}
