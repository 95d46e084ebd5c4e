package org.smartcourt.deadlines;

import java.time.LocalDate;

/**
 * A dated fact that changes a case's running period (审限): an excluded interval, an approved extension, a change of
 * rule (简转普) or a restart (发回重审, 补充侦查, 改变管辖). The cases module derives these from the docket; the engine
 * applies them in date order and explains each one.
 */
public sealed interface ClockEvent {

	/** The day the event takes effect. */
	LocalDate on();

	/**
	 * 扣除审限: an interval not counted (公告, 鉴定, 和解, 管辖异议, 审计/评估, 中止 until resumption, the extended part
	 * of in-litigation mediation…).
	 *
	 * @param to last excluded day, or {@literal null} while the interval is still running (the clock is paused).
	 * @param citation the article that excludes it, e.g. 《民事诉讼法解释》第二百四十三条.
	 */
	record Excluded(LocalDate from, LocalDate to, String reason, String citation) implements ClockEvent {
		@Override
		public LocalDate on() {
			return from;
		}
	}

	/**
	 * 延长审限, as approved.
	 *
	 * @param on the day of approval.
	 * @param approvedBy who approved, as shown, e.g. 本院院长 or 吉林省高级人民法院.
	 * @param citation the article that allows it.
	 */
	record Extended(LocalDate on, int length, PeriodUnit unit, String approvedBy, String citation)
			implements ClockEvent {
	}

	/**
	 * The case moves to another rule from {@code on}. With {@code keepStart} the period still runs from the original
	 * start (简易程序转普通程序: 民诉解释 art. 258); otherwise it runs from {@code on}.
	 */
	record RuleChanged(LocalDate on, RuleId rule, boolean keepStart, String reason) implements ClockEvent {
	}

	/**
	 * 重新计算审限: the period starts again from {@code on} under {@code rule}; earlier exclusions and extensions no
	 * longer count (发回重审 刑诉法 art. 241, 补充侦查 and 改变管辖 art. 208).
	 */
	record Restarted(LocalDate on, RuleId rule, String reason, String citation) implements ClockEvent {
	}
}
