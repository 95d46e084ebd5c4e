package org.smartcourt.preservation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.smartcourt.deadlines.DeadlineQuery;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;
import org.springframework.stereotype.Component;

/**
 * Every period of a preservation, from the deadlines engine (never counted here):
 * <ul>
 * <li>the ruling: 48 hours when urgent (《民事诉讼法》第一百零三条第三款, rule {@code preservation-urgent}) and before suit (第一百零四条
 * 第二款, {@code preservation-pre-suit}); otherwise five days from the application or from the day security was
 * given (保全规定第四条, {@code preservation-ruling});</li>
 * <li>enforcement: within five days of the ruling, at once when urgent (第四条, {@code preservation-enforcement});</li>
 * <li>the 30 days to sue after a pre-suit measure (第一百零四条第三款, {@code preservation-pre-suit-lapse});</li>
 * <li>lifting on application: five days, 48 hours when urgent (第二十三条第二款);</li>
 * <li>review: application within five days of service, decision within ten days (第二十五条);</li>
 * <li>a measure's period by its object (民诉解释第四百八十五条) and its renewal from the old expiry.</li>
 * </ul>
 */
@Component
public class PreservationClocks {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Deadlines deadlines;

	public PreservationClocks(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	/** A computed period: the moment it ends and the engine's derivation. */
	public record Due(Instant at, LocalDate day, DeadlineResult result) {

		/** 《民事诉讼法》第一百零四条第二款. */
		public String citation() {
			return result.rule().citation().text();
		}
	}

	/** The ruling clock of an application received (or whose security was given) at {@code start}. */
	public Due ruling(PreservationKind kind, boolean urgent, Instant start) {
		if (urgent) {
			return hours("preservation-urgent", start);
		}
		if (kind == PreservationKind.PRE_SUIT) {
			return hours("preservation-pre-suit", start);
		}
		return days("preservation-ruling", start.atZone(ZONE).toLocalDate());
	}

	/** The enforcement clock from the ruling: five days, or the ruling moment itself when urgent (立即开始执行). */
	public Due enforcement(boolean urgent, Instant ruledAt) {
		Due five = days("preservation-enforcement", ruledAt.atZone(ZONE).toLocalDate());
		return urgent ? new Due(ruledAt, ruledAt.atZone(ZONE).toLocalDate(), five.result()) : five;
	}

	/** 采取诉前保全措施后三十日内: the last day to sue or apply for arbitration. */
	public Due suitWindow(LocalDate measureStart) {
		return days("preservation-pre-suit-lapse", measureStart);
	}

	/** 解除保全: five days from the application, 48 hours when urgent. */
	public Due lift(boolean urgent, Instant received) {
		return urgent ? hours("preservation-lift-urgent", received)
				: days("preservation-lift", received.atZone(ZONE).toLocalDate());
	}

	/** The last day to apply for 复议, from service of the ruling. */
	public Due reviewApplication(LocalDate served) {
		return days("preservation-review-application", served);
	}

	/** The last day to decide a 复议, from its receipt. */
	public Due reviewDecision(LocalDate received) {
		return days("preservation-review-decision", received);
	}

	/** A measure's expiry: the longest period for its object from the day it was taken (民诉解释第四百八十五条). */
	public Due expiry(PropertyKind object, LocalDate start) {
		return daysOf(object.periodRule(), start);
	}

	/** 续行保全: a new period of the same maximum, running from the old expiry. */
	public Due renewal(PropertyKind object, LocalDate oldExpiry) {
		return daysOf(object.periodRule(), oldExpiry);
	}

	private Due hours(String rule, Instant start) {
		LocalDateTime at = LocalDateTime.ofInstant(start, ZONE);
		DeadlineResult r = deadlines
			.compute(new DeadlineQuery(RuleId.of(rule), at.toLocalDate(), at.toLocalTime(), List.of(), false));
		return new Due(r.dueAt().atZone(ZONE).toInstant(), r.due(), r);
	}

	private Due days(String rule, LocalDate start) {
		return daysOf(RuleId.of(rule), start);
	}

	private Due daysOf(RuleId rule, LocalDate start) {
		DeadlineResult r = deadlines.compute(rule, start, List.of());
		// a period in days ends at 24:00 of its last day
		return new Due(r.due().plusDays(1).atStartOfDay(ZONE).toInstant(), r.due(), r);
	}
}
