package org.smartcourt.hearings.internal;

import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.hearings.Conflict;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Conflict-free booking (排期不冲突): a courtroom, each judge and 人民陪审员 and each lawyer can be in one hearing at a
 * time. Clashes are listed in Chinese first; the database's exclusion constraint settles a race between two nodes.
 */
@Component
class HearingBookings {

	private static final String EXCLUSION_VIOLATION = "23P01";
	/**
	 * Two transactions inserting clashing bookings at the same instant each find the other's uncommitted row and wait
	 * for it; PostgreSQL's deadlock detector then aborts one (execIndexing.c relies on it for exclusion constraints).
	 * For the user that is the same lost race as an exclusion violation.
	 */
	private static final String DEADLOCK_DETECTED = "40P01";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final HearingRepository hearings;
	private final CourtTime time;

	HearingBookings(HearingRepository hearings, CourtTime time) {
		this.hearings = hearings;
		this.time = time;
	}

	/**
	 * Books the hearing's courtroom, sitting people and lawyers and stores it.
	 *
	 * @throws DomainException (conflict, {@code hearing-conflict}) listing every clash, or when another booking won
	 *         the same time in the meantime (the exclusion constraint of V110).
	 */
	Hearing book(CaseOverview c, Hearing h) {
		List<Booking> bookings = Booking.of(c, h);
		List<Conflict> conflicts = hearings.conflicts(bookings.stream().map(Booking::resource).toList(), h.start(),
				h.end());
		if (!conflicts.isEmpty()) {
			throw conflict(conflicts);
		}
		hearings.insert(h, time.now());
		try {
			for (Booking b : bookings) {
				hearings.book(h.id(), b, h.start(), h.end());
			}
		}
		catch (DataAccessException ex) {
			if (isLostRace(ex)) {
				throw DomainException.conflict("hearing-conflict", "problem.hearing-conflict.detail",
						"同一时段刚被另一排期占用，请刷新后重新选择时段");
			}
			throw ex;
		}
		return hearings.find(h.id()).orElseThrow();
	}

	private static DomainException conflict(List<Conflict> conflicts) {
		String list = conflicts.stream()
			.map(x -> x.resource() + "已有" + x.caseNumber() + "的排期（" + HearingTexts.period(x.start(), x.end()) + "）")
			.distinct()
			.collect(Collectors.joining("；"));
		return new DomainException(DomainException.Kind.CONFLICT, "hearing-conflict",
				"problem.hearing-conflict.detail",
				conflicts.stream()
					.map(x -> new FieldProblem("start", "conflict", "validation.hearing.conflict",
							List.of(x.resource(), x.caseNumber(), x.start().toLocalDate().toString(),
									TIME.format(x.start()), TIME.format(x.end()))))
					.toList(),
				list);
	}

	private static boolean isLostRace(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql
					&& (EXCLUSION_VIOLATION.equals(sql.getSQLState()) || DEADLOCK_DETECTED.equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

}
