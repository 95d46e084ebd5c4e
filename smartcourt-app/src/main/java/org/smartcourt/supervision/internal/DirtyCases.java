package org.smartcourt.supervision.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.cases.CaseClosed;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryRecorded;
import org.smartcourt.cases.DocketEntryType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a case for refresh in the transaction that changed it: one idempotent insert, so the registration or step
 * that caused it is never slowed by the statistics, and a case changed ten times before the next refresh is read
 * once. The statistics then read the case through the cases module's API ({@link StatisticsRefresh}).
 */
@Component
class DirtyCases {

	/** The docket steps that change what the statistics know of a case. */
	private static final Set<DocketEntryType> RELEVANT = EnumSet.of(DocketEntryType.ASSIGNED,
			DocketEntryType.REASSIGNED, DocketEntryType.PROCEDURE_CHANGED, DocketEntryType.SUSPENDED,
			DocketEntryType.RESUMED, DocketEntryType.EXCLUSION_STARTED, DocketEntryType.EXCLUSION_ENDED,
			DocketEntryType.EXTENSION_APPROVED, DocketEntryType.PERIOD_RESTARTED, DocketEntryType.CLOSED,
			DocketEntryType.TRANSFERRED, DocketEntryType.RELATED_CASE_LINKED);

	private final JdbcClient jdbc;
	private final Clock clock;

	DirtyCases(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(CaseRegistered registered) {
		mark(registered.caseId().value());
	}

	@EventListener
	void on(CaseClosed closed) {
		mark(closed.caseId().value());
	}

	@EventListener
	void on(DocketEntryRecorded recorded) {
		DocketEntry entry = recorded.entry();
		if (RELEVANT.contains(entry.type())) {
			mark(entry.caseId().value());
			String linked = entry.detail("linkedCase");
			if (linked != null) {
				mark(UUID.fromString(linked));
			}
		}
	}

	void mark(UUID caseId) {
		jdbc.sql("insert into supervision_dirty_case (case_id, marked_at) values (?, ?) on conflict do nothing")
			.param(caseId)
			.param(Timestamp.from(clock.instant()))
			.update();
	}
}
