package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.deadlines.CourtCalendar;

/**
 * The records other modules keep about the cases of one chunk, each written by a class of its own: the 诉前调解 of a
 * 民诉前调 case ({@link MediationRows}), the 诉前财产保全 of a 财保 case ({@link PreservationRows}) and the 委托鉴定
 * behind an appraisal period ({@link AppraisalRows}).
 */
final class CaseRecords {

	private final MediationRows mediations;
	private final PreservationRows preservations;
	private final AppraisalRows appraisals;

	CaseRecords(Tables tables, FilingSupport filings, RecordSupport support, Rosters rosters, CourtCalendar calendar,
			LocalDate asOf) {
		this.mediations = new MediationRows(tables, filings, support, rosters, calendar, asOf);
		this.preservations = new PreservationRows(tables, support, asOf);
		this.appraisals = new AppraisalRows(tables, support, rosters, calendar, asOf);
	}

	/**
	 * What a case of its kind comes with: a 民诉前调 case its mediation, a 财保 case its preservation application.
	 *
	 * @param mediatedOn the day the docket records the pre-suit mediation, for a 民诉前调 case.
	 */
	void registered(CaseKind kind, CaseBasics c, LocalDate mediatedOn) {
		if (kind == CaseKind.PRE_SUIT_MEDIATION) {
			mediations.preSuit(c, mediatedOn);
		}
		else if (kind == CaseKind.PRESERVATION_REVIEW) {
			preservations.preSuit(c);
		}
	}

	/** The entrustment of an appraisal period; see {@link AppraisalRows#entrusted}. */
	void appraisal(CaseBasics c, UUID exclusionId, LocalDate from, LocalDate until, LocalDate ended) {
		appraisals.entrusted(c, exclusionId, from, until, ended);
	}
}
