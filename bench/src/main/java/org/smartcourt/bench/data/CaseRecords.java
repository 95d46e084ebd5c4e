package org.smartcourt.bench.data;

import java.time.LocalDate;

import org.smartcourt.deadlines.CourtCalendar;

/**
 * The records other modules keep about the cases of one chunk, each written by a class of its own: the 诉前调解 of a
 * 民诉前调 case ({@link MediationRows}) and the 诉前财产保全 of a 财保 case ({@link PreservationRows}).
 */
final class CaseRecords {

	private final MediationRows mediations;
	private final PreservationRows preservations;

	CaseRecords(Tables tables, FilingSupport filings, RecordSupport support, Rosters rosters, CourtCalendar calendar,
			LocalDate asOf) {
		this.mediations = new MediationRows(tables, filings, support, rosters, calendar, asOf);
		this.preservations = new PreservationRows(tables, support, asOf);
	}

	/**
	 * What a case of its kind comes with: a 民诉前调 case its mediation, a 财保 case its preservation application.
	 *
	 * @param mediatedOn the day the docket records the pre-suit mediation, for a 民诉前调 case.
	 */
	void registered(CaseKind kind, CaseFacts c, LocalDate mediatedOn) {
		if (kind == CaseKind.PRE_SUIT_MEDIATION) {
			mediations.preSuit(c, mediatedOn);
		}
		else if (kind == CaseKind.PRESERVATION_REVIEW) {
			preservations.preSuit(c);
		}
	}
}
