package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The holiday calendar (节假日安排) as loaded from the versioned reference file and corrected by the IT admin. Every
 * correction is audited.
 */
public interface HolidayCalendar {

	/** The calendar as it stands now. */
	CourtCalendar current();

	/** This year and the next, where no arrangement is loaded: the warning for the health check and the banner. */
	List<Integer> missingYears(LocalDate today);

	/** The special days of a year, in date order. */
	List<CalendarEntry> year(int year);

	/** Sets a day to rest or working day (IT admin only), with the reason; audited. */
	CalendarEntry set(LocalDate date, DayKind kind, String name, String reason);

	/** Makes a day an ordinary weekday or weekend again (IT admin only), with the reason; audited. */
	Optional<CalendarEntry> clear(LocalDate date, String reason);
}
