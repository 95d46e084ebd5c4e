package org.smartcourt.preservation.web;

import java.time.LocalDate;

import org.smartcourt.preservation.internal.Measure;

/**
 * A measure with what its reader needs today: the days left and whether the renewal window of 保全规定第十八条 (at
 * least seven days before expiry) is near.
 *
 * @param expiringSoon in force and within the longest warning lead of its expiry.
 * @param renewalDue in force and at most seven days from expiry: the renewal is due now.
 */
record MeasureView(Measure m, Long daysLeft, boolean expiringSoon, boolean renewalDue) {

	static MeasureView of(Measure m, LocalDate today, int longestLead) {
		Long left = m.expiryDate() == null ? null : m.daysLeft(today);
		return new MeasureView(m, left, m.expiringWithin(today, longestLead), m.expiringWithin(today, 7));
	}
}
