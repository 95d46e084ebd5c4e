package org.smartcourt.deadlines.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.deadlines.CaseClockQuery;
import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.ClockStatus;
import org.smartcourt.deadlines.CountingLaw;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.ExtensionTerms;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * Computes a case's 审限 from its events, pure and without Spring. The events are applied in date order (ties in the
 * order given) to a running last day:
 * <ol>
 * <li>the rule's period from the day after the start event (《民事诉讼法》第八十五条第二款; 2000年审限规定第八条);</li>
 * <li>an excluded interval adds its days, both ends included; one still open counts up to {@code today} and pauses
 * the clock, so the last day shown is the one if it ended today;</li>
 * <li>an extension runs on from the current last day <em>before</em> any move off a rest day (延长 continues from the
 * original expiry, not from the working day it may have been moved to), so moves never accumulate;</li>
 * <li>a change of rule keeping the start (简易程序转普通程序, 民诉解释第二百五十八条第三款) counts the new rule from the
 * original start, keeps the exclusions and drops the extensions granted under the old rule; without keeping the
 * start the new rule runs from the change and nothing earlier counts;</li>
 * <li>a restart (发回重审, 补充侦查, 改变管辖) counts the rule afresh from its day and drops earlier exclusions and
 * extensions;</li>
 * <li>a cap on the period with all its extensions (简易程序四个月) is applied last, plus the excluded days;</li>
 * <li>the last day moves off a rest day once, at the very end (第八十五条第三款), except for criminal cases with the
 * defendant in custody (《刑事诉讼法》第一百零五条第四款).</li>
 * </ol>
 * Status: OVERDUE after the last day, PAUSED while an exclusion is open, NEAR_EXPIRY within
 * {@value #NEAR_EXPIRY_DAYS} days (the window of 2019年延长审限规定第一条, which asks for extension requests fifteen
 * days before expiry), else RUNNING.
 */
public final class CaseClockEngine {

	/** 2019年规定第一条: extension requests are due fifteen days before expiry. */
	public static final int NEAR_EXPIRY_DAYS = 15;

	static final String INVALID = "deadline-request-invalid";
	private static final String TRIAL_LIMIT_START = "《最高人民法院关于严格执行案件审理期限制度的若干规定》第八条";
	private static final String DEFAULT_EXCLUSION = "《最高人民法院关于严格执行案件审理期限制度的若干规定》第九条";
	private static final String MONTH_END = "《民法典》第二百零二条";
	private static final String CIVIL_KEEP_START = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百五十八条第三款、"
			+ "《最高人民法院关于严格执行案件审理期限制度的若干规定》第八条第二款";
	private static final String ADMINISTRATIVE_KEEP_START = "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第一百零五条第二款";
	private static final String CRIMINAL_FROM_DECISION = "《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第三百六十八条第二款、"
			+ "第三百七十六条；《最高人民法院关于严格执行案件审理期限制度的若干规定》第八条第二款";

	private final RuleBook rules;
	private final ExtensionBook extensions;
	private final CourtCalendar calendar;

	public CaseClockEngine(RuleBook rules, ExtensionBook extensions, CourtCalendar calendar) {
		this.rules = rules;
		this.extensions = extensions;
		this.calendar = calendar;
	}

	public CaseClock compute(CaseClockQuery query) {
		validate(query);
		LocalDate today = query.today();
		List<ClockEvent> events = query.events()
			.stream()
			.sorted(Comparator.comparing(ClockEvent::on))
			.toList();

		DeadlineRule rule = rule(query.rule());
		LocalDate start = query.start();
		LocalDate end = count(rule, start);
		long excluded = 0;
		boolean paused = false;
		List<ClockEvent.Extended> extended = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		lines.add("自" + day(start) + rule.startEvent() + "次日起算，开始之日不计入期间（" + rule.counting().startDay().text()
				+ rule.counting().via() + "；" + TRIAL_LIMIT_START + "），" + period(rule, start, end) + "。");

		for (ClockEvent event : events) {
			if (event instanceof ClockEvent.Excluded x) {
				LocalDate to = x.to() == null ? today : x.to();
				// The start day is never counted, so an interval beginning on it excludes from the next day on.
				LocalDate from = x.from().isAfter(start) ? x.from() : start.plusDays(1);
				long days = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
				excluded += days;
				end = end.plusDays(days);
				String cite = x.citation() == null || x.citation().isBlank() ? DEFAULT_EXCLUSION : x.citation();
				if (x.to() == null && x.from().isAfter(today)) {
					lines.add("扣除" + x.reason() + "：自" + day(from) + "起（尚未开始），暂不扣除（" + cite + "）。");
				}
				else if (x.to() == null) {
					paused = true;
					lines.add("扣除" + x.reason() + "：自" + day(from) + "起尚未结束，暂计至今日" + day(today) + "，共" + days
							+ "日，不计入审限（" + cite + "）；审限暂停计算，如今日结束，届满日为" + day(end) + "。");
				}
				else {
					lines.add("扣除" + x.reason() + "：" + day(from) + "至" + day(to) + "，共" + days + "日，不计入审限（" + cite
							+ "），届满日顺延至" + day(end) + "。");
				}
			}
			else if (event instanceof ClockEvent.Extended x) {
				LocalDate from = end;
				end = plus(from, x.length(), x.unit());
				extended.add(x);
				lines.add(day(x.on()) + "经" + x.approvedBy() + "批准延长审限" + x.unit().describe(x.length()) + "（" + x.citation()
						+ "），自原届满日" + day(from) + "起连续计算，届满日延至" + day(end) + "。");
			}
			else if (event instanceof ClockEvent.RuleChanged c) {
				DeadlineRule next = rule(c.rule());
				String reason = c.reason() == null || c.reason().isBlank() ? "" : "（" + c.reason() + "）";
				if (c.keepStart()) {
					LocalDate base = count(next, start);
					end = base.plusDays(excluded);
					lines.add(day(c.on()) + "由" + rule.name() + "转为" + next.name() + reason + "，审理期限自" + day(start)
							+ rule.startEvent() + "次日起连续计算（" + keepStartCitation(next) + "），" + period(next, start, base)
							+ (excluded > 0 ? "；此前扣除的" + excluded + "日继续扣除，届满日为" + day(end) : "")
							+ (extended.isEmpty() ? "" : "；原程序中批准的延长不再适用") + "。");
				}
				else {
					start = c.on();
					end = count(next, start);
					lines.add(day(c.on()) + "由" + rule.name() + "转为" + next.name() + reason + "，审理期限自" + day(c.on())
							+ "次日起计算" + (next.counting() == CountingLaw.CRIMINAL ? "（" + CRIMINAL_FROM_DECISION + "）" : "")
							+ "，" + period(next, start, end) + (excluded > 0 || !extended.isEmpty()
									? "；此前扣除和延长的期间不再计算" : "")
							+ "。");
					excluded = 0;
					paused = false;
				}
				extended.clear();
				rule = next;
			}
			else if (event instanceof ClockEvent.Restarted r) {
				rule = rule(r.rule());
				start = r.on();
				end = count(rule, start);
				String reason = r.reason() == null || r.reason().isBlank() ? "依法" : r.reason();
				lines.add(day(r.on()) + reason + "，重新计算审限（" + r.citation() + "）：自" + day(r.on()) + "次日起，"
						+ period(rule, start, end) + (excluded > 0 || !extended.isEmpty() ? "；此前扣除和延长的期间不再计算" : "")
						+ "。");
				excluded = 0;
				paused = false;
				extended.clear();
			}
		}

		Optional<ExtensionBook.Cap> cap = extensions.cap(rule.id());
		if (cap.isPresent()) {
			LocalDate limit = plus(start, cap.get().length(), cap.get().unit()).plusDays(excluded);
			if (end.isAfter(limit)) {
				lines.add(cap.get().note().replace("。", "") + "（" + cap.get().citation() + "）：自" + day(start) + "的次日起计"
						+ cap.get().unit().describe(cap.get().length()) + (excluded > 0 ? "加扣除的" + excluded + "日" : "")
						+ "，届满日以" + day(limit) + "为限（原计至" + day(end) + "）。");
				end = limit;
			}
		}

		LocalDate due = end;
		if (calendar.isRestDay(end)) {
			String reason = calendar.restReason(end).orElseThrow();
			if (rule.counting() == CountingLaw.CRIMINAL && query.inCustody()) {
				lines.add("届满日" + day(end) + "为" + reason + "；被告人在押，应当至期满之日为止，不得因节假日而延长（"
						+ rule.counting().lastDay().text() + "）。");
			}
			else if (!rule.movesOffRestDay()) {
				lines.add("届满日" + day(end) + "为" + reason + "；本期间不作顺延。");
			}
			else {
				due = calendar.workingDayOnOrAfter(end);
				lines.add("届满日" + day(end) + "为" + reason + "，顺延至其后的第一个工作日" + day(due) + "（"
						+ rule.counting().lastDay().text() + rule.counting().via() + "）。");
			}
		}
		lines.add("审限届满日：" + day(due) + (paused ? "（扣除期间尚未结束，按今日结束计算）" : "") + "。");
		TreeSet<Integer> uncovered = new TreeSet<>();
		for (int year = start.getYear(); year <= due.getYear(); year++) {
			if (!calendar.covers(year)) {
				uncovered.add(year);
			}
		}
		if (!uncovered.isEmpty()) {
			lines.add("注意：" + uncovered.stream().map(y -> y + "年").collect(Collectors.joining("、"))
					+ "的节假日安排尚未载入，休息日仅按周末计算，请核对。");
		}

		long daysLeft = ChronoUnit.DAYS.between(today, due);
		ClockStatus status = today.isAfter(due) ? ClockStatus.OVERDUE
				: paused ? ClockStatus.PAUSED : daysLeft <= NEAR_EXPIRY_DAYS ? ClockStatus.NEAR_EXPIRY : ClockStatus.RUNNING;
		return new CaseClock(rule, start, due, excluded, extended, status, daysLeft, lines);
	}

	public ExtensionTerms extensionTerms(RuleId rule, int nth, LocalDate due) {
		List<FieldProblem> problems = new ArrayList<>();
		if (rule == null) {
			problems.add(new FieldProblem("rule", "required", "validation.deadlines.rule.required"));
		}
		else if (rules.find(rule).isEmpty()) {
			problems.add(new FieldProblem("rule", "unknown", "validation.deadlines.rule.unknown"));
		}
		if (nth < 1) {
			problems.add(new FieldProblem("nth", "invalid", "validation.deadlines.extension.nth"));
		}
		if (due == null) {
			problems.add(new FieldProblem("due", "required", "validation.deadlines.extension.due"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
		return extensions.terms(rules.find(rule).orElseThrow(), nth, due);
	}

	private String period(DeadlineRule rule, LocalDate start, LocalDate end) {
		StringBuilder text = new StringBuilder("适用" + rule.name() + rule.lengthText() + "（" + rule.citation().text() + "）");
		if ((rule.unit() == PeriodUnit.MONTHS || rule.unit() == PeriodUnit.YEARS)
				&& end.getDayOfMonth() != start.getDayOfMonth()) {
			text.append("，到期月没有").append(start.getDayOfMonth()).append("日，以月末日为最后一日（参照").append(MONTH_END).append("）");
		}
		return text.append("，计至").append(day(end)).toString();
	}

	private LocalDate count(DeadlineRule rule, LocalDate start) {
		return switch (rule.unit()) {
			case DAYS -> start.plusDays(rule.length());
			case WORKING_DAYS -> calendar.plusWorkingDays(start, rule.length());
			case MONTHS -> start.plusMonths(rule.length());
			case YEARS -> start.plusYears(rule.length());
			case HOURS -> throw new IllegalArgumentException("a case clock is not counted in hours");
		};
	}

	private LocalDate plus(LocalDate from, int length, PeriodUnit unit) {
		return switch (unit) {
			case DAYS -> from.plusDays(length);
			case WORKING_DAYS -> calendar.plusWorkingDays(from, length);
			case MONTHS -> from.plusMonths(length);
			case YEARS -> from.plusYears(length);
			case HOURS -> throw new IllegalArgumentException("a case clock is not extended in hours");
		};
	}

	private static String keepStartCitation(DeadlineRule next) {
		return next.counting() == CountingLaw.ADMINISTRATIVE ? ADMINISTRATIVE_KEEP_START : CIVIL_KEEP_START;
	}

	private DeadlineRule rule(RuleId id) {
		return rules.find(id).orElseThrow();
	}

	private void validate(CaseClockQuery query) {
		List<FieldProblem> problems = new ArrayList<>();
		checkRule(query.rule(), "rule", problems);
		if (query.start() == null) {
			problems.add(new FieldProblem("start", "required", "validation.deadlines.start.required"));
		}
		if (query.today() == null) {
			problems.add(new FieldProblem("today", "required", "validation.deadlines.clock.today"));
		}
		List<ClockEvent> events = query.events();
		for (int i = 0; i < events.size(); i++) {
			ClockEvent event = events.get(i);
			String field = "events[" + i + "]";
			if (event == null) {
				problems.add(new FieldProblem(field, "required", "validation.deadlines.clock.event"));
				continue;
			}
			if (event.on() == null) {
				problems.add(new FieldProblem(field + ".on", "required", "validation.deadlines.clock.on"));
			}
			else if (query.start() != null && event.on().isBefore(query.start())) {
				problems.add(new FieldProblem(field + ".on", "before-start", "validation.deadlines.clock.beforeStart"));
			}
			if (event instanceof ClockEvent.Excluded x) {
				if (x.reason() == null || x.reason().isBlank()) {
					problems.add(new FieldProblem(field + ".reason", "required", "validation.deadlines.exclusion.reason"));
				}
				if (x.from() != null && x.to() != null && x.to().isBefore(x.from())) {
					problems.add(new FieldProblem(field + ".to", "reversed", "validation.deadlines.exclusion.reversed"));
				}
				else if (x.from() != null) {
					for (int j = 0; j < i; j++) {
						if (events.get(j) instanceof ClockEvent.Excluded other && other.from() != null
								&& (other.to() == null || !other.to().isBefore(other.from())) && overlap(x, other)) {
							problems.add(new FieldProblem(field, "overlap", "validation.deadlines.exclusion.overlap",
									List.of(j + 1)));
							break;
						}
					}
				}
			}
			else if (event instanceof ClockEvent.Extended x) {
				if (x.length() <= 0) {
					problems.add(new FieldProblem(field + ".length", "invalid", "validation.deadlines.clock.length"));
				}
				if (x.unit() == null || x.unit() == PeriodUnit.HOURS) {
					problems.add(new FieldProblem(field + ".unit", "invalid", "validation.deadlines.clock.unit"));
				}
				if (x.approvedBy() == null || x.approvedBy().isBlank()) {
					problems.add(new FieldProblem(field + ".approvedBy", "required", "validation.deadlines.clock.approvedBy"));
				}
			}
			else if (event instanceof ClockEvent.RuleChanged c) {
				checkRule(c.rule(), field + ".rule", problems);
			}
			else if (event instanceof ClockEvent.Restarted r) {
				checkRule(r.rule(), field + ".rule", problems);
				if (r.citation() == null || r.citation().isBlank()) {
					problems.add(new FieldProblem(field + ".citation", "required", "validation.deadlines.clock.citation"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
	}

	private void checkRule(RuleId id, String field, List<FieldProblem> problems) {
		if (id == null) {
			problems.add(new FieldProblem(field, "required", "validation.deadlines.rule.required"));
		}
		else if (rules.find(id).filter(r -> r.unit() != PeriodUnit.HOURS).isEmpty()) {
			problems.add(new FieldProblem(field, "unknown", "validation.deadlines.rule.unknown"));
		}
	}

	private static boolean overlap(ClockEvent.Excluded a, ClockEvent.Excluded b) {
		LocalDate far = LocalDate.MAX;
		LocalDate aTo = a.to() == null ? far : a.to();
		LocalDate bTo = b.to() == null ? far : b.to();
		return !a.from().isAfter(bTo) && !b.from().isAfter(aTo);
	}

	private static String day(LocalDate date) {
		return DeadlineCalculator.format(date);
	}
}
