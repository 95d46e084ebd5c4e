package org.smartcourt.service.internal;

import java.time.LocalDate;

/**
 * A period that started with a service, as computed by the deadlines engine.
 *
 * @param name e.g. 答辩期, 上诉期（判决）.
 * @param due the last day.
 * @param citation the article setting it, e.g. 《民事诉讼法》第一百七十一条第一款.
 */
public record PeriodView(String name, LocalDate due, String citation, String explanation) {
}
