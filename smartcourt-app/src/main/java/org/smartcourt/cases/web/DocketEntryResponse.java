package org.smartcourt.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.smartcourt.cases.DocketEntry;

/** One docket entry; {@code details} are shown to court staff only. */
record DocketEntryResponse(int seq, String type, LocalDate occurredOn, Instant recordedAt, String audience,
		String summary, Map<String, String> details) {

	static DocketEntryResponse of(DocketEntry e, boolean court) {
		return new DocketEntryResponse(e.seq(), e.type().name(), e.occurredOn(), e.recordedAt(), e.audience().name(),
				e.summary(), court ? e.details() : Map.of());
	}
}
