package org.smartcourt.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One step on a case's docket (审判流程节点).
 *
 * @param seq 1, 2, 3… in the order recorded.
 * @param occurredOn the legal date of the step (the day a period counts from), which may precede {@code recordedAt}.
 * @param summary one line in Chinese, as the audience reads it.
 * @param details structured facts for the modules that read the docket (e.g. {@code from}/{@code to} procedures,
 *        an exclusion's reason), strings only.
 * @param recordedBy username of who recorded it, or {@literal null} for the system.
 */
public record DocketEntry(UUID id, CaseId caseId, int seq, DocketEntryType type, LocalDate occurredOn,
		Instant recordedAt, Audience audience, String summary, Map<String, String> details, String recordedBy) {

	public DocketEntry {
		details = details == null ? Map.of() : Map.copyOf(details);
	}

	public String detail(String key) {
		return details.get(key);
	}
}
