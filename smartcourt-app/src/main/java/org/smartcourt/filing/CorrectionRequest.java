package org.smartcourt.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 补正通知: everything that is missing or wrong, told at once and in writing (登记立案规定 art. 7; 行政诉讼法 art. 51
 * para. 3), with the date by which the filer should correct.
 */
public record CorrectionRequest(List<String> items, String note, LocalDate correctBy, String requestedBy,
		Instant requestedAt) {

	public CorrectionRequest {
		items = List.copyOf(items);
	}
}
