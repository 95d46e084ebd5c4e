package org.smartcourt.cases;

import java.time.LocalDate;
import java.util.Map;

/**
 * A step to record on a docket.
 *
 * @param audience who may see it; {@literal null} for the type's default.
 * @param occurredOn the legal date; {@literal null} for today in the court's zone.
 */
public record NewDocketEntry(DocketEntryType type, LocalDate occurredOn, Audience audience, String summary,
		Map<String, String> details) {

	public NewDocketEntry {
		details = details == null ? Map.of() : Map.copyOf(details);
	}

	public static NewDocketEntry of(DocketEntryType type, String summary) {
		return new NewDocketEntry(type, null, null, summary, Map.of());
	}

	public static NewDocketEntry of(DocketEntryType type, LocalDate occurredOn, String summary,
			Map<String, String> details) {
		return new NewDocketEntry(type, occurredOn, null, summary, details);
	}
}
