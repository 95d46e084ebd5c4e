package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * Counts one period on a {@link CourtCalendar}, pure and without Spring. The steps, each explained:
 * <ol>
 * <li>the start day (or hour) is not counted (《民事诉讼法》第八十五条第二款; for 审限 also 《最高人民法院关于严格执行案件审理期限制度的若干规定》
 * 第八条: 从立案次日起计算);</li>
 * <li>days are added; months and years by the calendar, the corresponding day of the last month being the last day
 * and the month's last day when there is none (1月31日 plus one month is 2月28日 or 29日). 民事诉讼法 is silent on
 * month ends; the rule is 《民法典》第二百零二条, the general rule for 期间 of civil law;</li>
 * <li>working days skip rest days and count 调休 working days;</li>
 * <li>excluded intervals add their days to the end (民诉解释第二百四十三条, 审限规定第九条), so they never make a deadline
 * earlier;</li>
 * <li>a last day that is a rest day moves to the first working day after it (第八十五条第三款), except for hour periods,
 * for rules that mark a point in time, and for criminal cases with the defendant in custody.</li>
 * </ol>
 */
public final class DeadlineCalculator {

	static final String INVALID = "deadline-request-invalid";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy年M月d日H时mm分");
	private static final String MONTH_END = "《民法典》第二百零二条";
	private static final String TRIAL_LIMIT_START = "《最高人民法院关于严格执行案件审理期限制度的若干规定》第八条";
	private static final String TRIAL_LIMIT_EXCLUSIONS = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条、"
			+ "《最高人民法院关于严格执行案件审理期限制度的若干规定》第九条";

	private final CourtCalendar calendar;

	public DeadlineCalculator(CourtCalendar calendar) {
		this.calendar = calendar;
	}

	public DeadlineResult compute(DeadlineRule rule, DeadlineQuery query) {
		validate(rule, query);
		return rule.unit() == PeriodUnit.HOURS ? hours(rule, query) : days(rule, query);
	}

	private DeadlineResult hours(DeadlineRule rule, DeadlineQuery query) {
		LocalDateTime start = query.startDate().atTime(query.startTime());
		LocalDateTime from = start.truncatedTo(ChronoUnit.HOURS).plusHours(1);
		LocalDateTime end = from.plusHours(rule.length());
		List<String> lines = new ArrayList<>();
		lines.add("自" + HOUR.format(start) + rule.startEvent() + "起算，开始的时不计入期间（" + cite(rule.counting().startDay(), rule)
				+ "），自" + HOUR.format(from) + "起计算。");
		lines.add("适用" + rule.name() + rule.lengthText() + "（" + rule.citation().text() + "），至" + HOUR.format(end)
				+ "届满；按小时计算的期间届满于该时，不适用末日为休假日的顺延。");
		note(rule, lines);
		lines.add("期限届满时间：" + HOUR.format(end) + "。");
		return new DeadlineResult(rule, start, end.toLocalDate(), end.toLocalDate(), end, List.of(), 0, List.of(),
				lines);
	}

	private DeadlineResult days(DeadlineRule rule, DeadlineQuery query) {
		LocalDate start = query.startDate();
		List<String> lines = new ArrayList<>();
		String startCite = cite(rule.counting().startDay(), rule) + (isTrialLimit(rule) ? "；" + TRIAL_LIMIT_START : "");
		lines.add("自" + DAY.format(start) + rule.startEvent() + "次日起算，开始之日不计入期间（" + startCite + "）。");

		LocalDate counted = count(rule, start);
		StringBuilder period = new StringBuilder("适用" + rule.name() + rule.lengthText() + "（" + rule.citation().text()
				+ "）");
		switch (rule.unit()) {
			case MONTHS, YEARS -> {
				period.append("，按公历").append(rule.unit() == PeriodUnit.MONTHS ? "月" : "年").append("计算，到期月的对应日为期间的最后一日");
				if (counted.getDayOfMonth() != start.getDayOfMonth()) {
					period.append("；到期月没有").append(start.getDayOfMonth()).append("日，以月末日为最后一日（参照").append(MONTH_END)
						.append("）");
				}
			}
			case WORKING_DAYS -> period.append("，按工作日计算，周末和法定休假日不计，调休上班日计入");
			default -> period.append("，按日计算");
		}
		period.append("，计至").append(DAY.format(counted)).append("。");
		lines.add(period.toString());

		List<Exclusion> exclusions = query.exclusions()
			.stream()
			.sorted(Comparator.comparing(Exclusion::from))
			.toList();
		long excluded = exclusions.stream().mapToLong(Exclusion::days).sum();
		LocalDate extended = counted.plusDays(excluded);
		if (!exclusions.isEmpty()) {
			for (Exclusion e : exclusions) {
				lines.add("扣除" + e.reason() + "：" + DAY.format(e.from()) + "至" + DAY.format(e.to()) + "，共" + e.days()
						+ "日。");
			}
			lines.add("扣除期间合计" + excluded + "日，不计入期间，届满日相应顺延至" + DAY.format(extended)
					+ (isTrialLimit(rule) ? "（" + TRIAL_LIMIT_EXCLUSIONS + "）" : "") + "。");
		}

		LocalDate due = extended;
		List<Shift> shifts = new ArrayList<>();
		if (calendar.isRestDay(extended)) {
			String reason = calendar.restReason(extended).orElseThrow();
			if (rule.counting() == CountingLaw.CRIMINAL && query.inCustody()) {
				lines.add("届满日" + DAY.format(extended) + "为" + reason + "；被告人在押，应当至期满之日为止，不得因节假日而延长（"
						+ rule.counting().lastDay().text() + "）。");
			}
			else if (!rule.movesOffRestDay()) {
				lines.add("届满日" + DAY.format(extended) + "为" + reason + "；本期间不作顺延（见本规则说明）。");
			}
			else {
				due = calendar.workingDayOnOrAfter(extended);
				shifts.add(new Shift(extended, due, reason));
				lines.add("届满日" + DAY.format(extended) + "为" + reason + "，顺延至其后的第一个工作日" + DAY.format(due) + "（"
						+ cite(rule.counting().lastDay(), rule) + "）。");
			}
		}
		note(rule, lines);
		lines.add("期限届满日：" + DAY.format(due) + "。");
		TreeSet<Integer> uncovered = new TreeSet<>();
		for (LocalDate d = start; !d.isAfter(due); d = d.plusYears(1)) {
			if (!calendar.covers(d.getYear())) {
				uncovered.add(d.getYear());
			}
		}
		if (!calendar.covers(due.getYear())) {
			uncovered.add(due.getYear());
		}
		if (!uncovered.isEmpty()) {
			lines.add("注意：" + uncovered.stream().map(y -> y + "年").collect(Collectors.joining("、")) + "的节假日安排尚未载入，休息日仅按周末计算，请核对。");
		}
		return new DeadlineResult(rule, start.atStartOfDay(), counted, due, null, exclusions, excluded, shifts,
				lines);
	}

	private LocalDate count(DeadlineRule rule, LocalDate start) {
		return switch (rule.unit()) {
			case DAYS -> start.plusDays(rule.length());
			case WORKING_DAYS -> calendar.plusWorkingDays(start, rule.length());
			case MONTHS -> start.plusMonths(rule.length());
			case YEARS -> start.plusYears(rule.length());
			case HOURS -> throw new IllegalArgumentException("hours are counted by the hour");
		};
	}

	private static void note(DeadlineRule rule, List<String> lines) {
		if (!rule.note().isBlank()) {
			lines.add("说明：" + rule.note() + (rule.confidence() == Confidence.HIGH ? "" : "（依据可信度：" + rule.confidence() + "）"));
		}
	}

	private static String cite(Citation citation, DeadlineRule rule) {
		return citation.text() + rule.counting().via();
	}

	private static boolean isTrialLimit(DeadlineRule rule) {
		return rule.name().endsWith("审限");
	}

	private static void validate(DeadlineRule rule, DeadlineQuery query) {
		List<FieldProblem> problems = new ArrayList<>();
		if (query.startDate() == null) {
			problems.add(new FieldProblem("start", "required", "validation.deadlines.start.required"));
		}
		else if (rule.unit() == PeriodUnit.HOURS && query.startTime() == null) {
			problems.add(new FieldProblem("start", "time-required", "validation.deadlines.start.timeRequired"));
		}
		if (rule.unit() == PeriodUnit.HOURS && !query.exclusions().isEmpty()) {
			problems.add(new FieldProblem("exclusions", "not-applicable", "validation.deadlines.exclusion.hours"));
		}
		List<Exclusion> exclusions = query.exclusions();
		for (int i = 0; i < exclusions.size(); i++) {
			Exclusion e = exclusions.get(i);
			String field = "exclusions[" + i + "]";
			if (e.from() == null) {
				problems.add(new FieldProblem(field + ".from", "required", "validation.deadlines.exclusion.from"));
			}
			if (e.to() == null) {
				problems.add(new FieldProblem(field + ".to", "required", "validation.deadlines.exclusion.to"));
			}
			if (e.reason() == null || e.reason().isBlank()) {
				problems.add(new FieldProblem(field + ".reason", "required", "validation.deadlines.exclusion.reason"));
			}
			if (e.from() == null || e.to() == null) {
				continue;
			}
			if (e.to().isBefore(e.from())) {
				problems.add(new FieldProblem(field + ".to", "reversed", "validation.deadlines.exclusion.reversed"));
				continue;
			}
			if (query.startDate() != null && !e.from().isAfter(query.startDate())) {
				problems.add(new FieldProblem(field + ".from", "before-start",
						"validation.deadlines.exclusion.beforeStart"));
			}
			for (int j = 0; j < i; j++) {
				Exclusion other = exclusions.get(j);
				if (other.from() != null && other.to() != null && !other.to().isBefore(other.from())
						&& e.overlaps(other)) {
					problems.add(new FieldProblem(field, "overlap", "validation.deadlines.exclusion.overlap",
							List.of(j + 1)));
					break;
				}
			}
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
	}

	/** 「2026年3月2日」. */
	public static String format(LocalDate date) {
		return DAY.format(date);
	}

	/** 「2026年3月2日10时00分」. */
	public static String format(LocalDateTime time) {
		return HOUR.format(time);
	}
}
