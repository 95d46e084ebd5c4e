package org.smartcourt.bench.data;

import java.time.LocalDate;

import org.smartcourt.deadlines.CourtCalendar;

/**
 * The records other modules keep about the cases of one chunk, each written by a class of its own: the 诉前调解 of a
 * 民诉前调 case ({@link MediationRows}).
 */
final class CaseRecords {

	private final MediationRows mediations;

	CaseRecords(Tables tables, FilingSupport filings, RecordSupport support, Rosters rosters, CourtCalendar calendar,
			LocalDate asOf) {
		this.mediations = new MediationRows(tables, filings, support, rosters, calendar, asOf);
	}

	/**
	 * What a case of its kind comes with: a 民诉前调 case its mediation.
	 *
	 * @param mediatedOn the day the docket records the pre-suit mediation, for a 民诉前调 case.
	 */
	void registered(CaseKind kind, CaseFacts c, LocalDate mediatedOn) {
		if (kind == CaseKind.PRE_SUIT_MEDIATION) {
			mediations.preSuit(c, mediatedOn);
		}
	}
}
