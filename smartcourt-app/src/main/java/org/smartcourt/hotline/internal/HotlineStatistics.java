package org.smartcourt.hotline.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.hotline.RequestKind;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 12368 统计: volume by kind and court, on-time rate and average satisfaction for a period, over the reader's court
 * and the courts below it (the high court sees its subordinate courts).
 */
@Service
public class HotlineStatistics {

	static final Set<Role> READERS = Set.of(Role.HOTLINE, Role.FILING_CLERK, Role.DIVISION_HEAD, Role.PRESIDENT);
	static final int LONGEST_PERIOD_DAYS = 366 * 3;

	private final JdbcClient jdbc;
	private final HotlineScope scope;
	private final Courts courts;
	private final HotlineClock clock;

	HotlineStatistics(JdbcClient jdbc, HotlineScope scope, Courts courts, HotlineClock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.courts = courts;
		this.clock = clock;
	}

	/** Rows by court and kind, for requests received from {@code from} to {@code to}, both included. */
	@Transactional(readOnly = true)
	public List<StatisticsRow> compute(Actor actor, LocalDate from, LocalDate to) {
		if (!READERS.contains(actor.role())) {
			throw DomainException.forbidden("hotline-statistics-forbidden", "problem.hotline-statistics-forbidden.detail");
		}
		if (from == null || to == null || to.isBefore(from) || from.plusDays(LONGEST_PERIOD_DAYS).isBefore(to)) {
			throw RequestInput.invalid(List.of(new FieldProblem("to", "range", "validation.hotline.period")));
		}
		Set<CourtId> scoped = scope.courts(actor);
		LocalDate today = clock.today();
		List<StatisticsRow> rows = new ArrayList<>();
		jdbc.sql("""
				select court_id, kind, count(*) as received,
				       count(*) filter (where answered_at is not null) as answered,
				       count(*) filter (where answered_at is not null
				                          and (answered_at at time zone 'Asia/Shanghai')::date <= due_on) as on_time,
				       count(*) filter (where answered_at is not null or due_on < :today) as counted,
				       count(satisfaction) as ratings, coalesce(sum(satisfaction), 0) as satisfaction_sum
				  from hotline_request
				 where court_id in (:courts) and received_at >= :from and received_at < :to
				 group by court_id, kind order by court_id, kind""")
			.params(Map.of("today", today, "courts", scoped.stream().map(CourtId::value).toList(), "from",
					start(from), "to", start(to.plusDays(1))))
			.query((rs, n) -> {
				String court = rs.getString("court_id");
				return new StatisticsRow(court,
						courts.find(new CourtId(court)).map(Courts.CourtSummary::name).orElse(court),
						RequestKind.valueOf(rs.getString("kind")), rs.getLong("received"), rs.getLong("answered"),
						rs.getLong("on_time"), rs.getLong("counted"), rs.getLong("ratings"),
						rs.getLong("satisfaction_sum"));
			})
			.list()
			.forEach(rows::add);
		return rows;
	}

	/** The totals of {@code rows} (all courts and kinds). */
	public static StatisticsRow total(List<StatisticsRow> rows) {
		return new StatisticsRow(null, null, null, rows.stream().mapToLong(StatisticsRow::received).sum(),
				rows.stream().mapToLong(StatisticsRow::answered).sum(), rows.stream().mapToLong(StatisticsRow::onTime).sum(),
				rows.stream().mapToLong(StatisticsRow::counted).sum(), rows.stream().mapToLong(StatisticsRow::ratings).sum(),
				rows.stream().mapToLong(StatisticsRow::satisfactionSum).sum());
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(ZonedDateTime.of(day, LocalTime.MIDNIGHT, HotlineClock.ZONE).toInstant());
	}
}
