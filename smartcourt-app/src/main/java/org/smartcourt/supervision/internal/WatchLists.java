package org.smartcourt.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.smartcourt.supervision.StatisticsScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The president's and division head's lists (domain-rules §12): flagged cases, cases near (15 days) or over their
 * 审限, cases pending over 12 months, designated assignments, and acts not yet answered; within their scope, at most
 * {@value #LIMIT} rows, from the statistics' own facts.
 */
@Service
public class WatchLists {

	static final int LIMIT = 500;
	static final int NEAR_DAYS = 15;

	/** The lists. */
	public enum Kind {
		FLAGGED, NEAR_DUE, OVERDUE, LONG_PENDING, DESIGNATED, UNANSWERED;

		public static Kind parse(String text) {
			try {
				return valueOf(text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
			}
			catch (RuntimeException ex) {
				throw DomainException.invalid("unknown-list", "problem.unknown-statistic.detail",
						List.of(new DomainException.FieldProblem("list", "unknown-list", "validation.supervision.list")));
			}
		}
	}

	/** A case on a list, with what put it there. */
	public record Entry(CaseFact fact, String why) {
	}

	private final Scopes scopes;
	private final JdbcClient jdbc;
	private final Clock clock;

	WatchLists(Scopes scopes, JdbcClient jdbc, Clock clock) {
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Entry> list(Actor actor, Scopes.Request request, Kind kind) {
		if (actor.role() != Role.PRESIDENT && actor.role() != Role.DIVISION_HEAD) {
			throw Scopes.forbidden();
		}
		StatisticsScope scope = scopes.resolve(actor, request);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		return switch (kind) {
			case FLAGGED -> flagged(scope);
			case UNANSWERED -> unanswered(scope);
			case NEAR_DUE -> facts(scope, "due_on between ? and ?", List.of(today, today.plusDays(NEAR_DAYS)),
					"due_on", f -> "审限届满日" + f.dueOn());
			case OVERDUE -> facts(scope, "due_on < ?", List.of(today), "due_on",
					f -> "审限已于" + f.dueOn() + "届满");
			case LONG_PENDING -> facts(scope, "registered_on < ?", List.of(today.minusMonths(12)), "registered_on",
					f -> "立案于" + f.registeredOn() + "，超过12个月未结");
			case DESIGNATED -> facts(scope, "designated", List.of(), "registered_on", f -> "指定分案");
		};
	}

	private List<Entry> facts(StatisticsScope scope, String condition, List<Object> args, String order,
			java.util.function.Function<CaseFact, String> why) {
		List<Object> params = new ArrayList<>(args);
		StringBuilder sql = new StringBuilder("select ").append(CaseFactStore.COLUMNS)
			.append(" from supervision_case_fact where closed_on is null and ")
			.append(condition);
		where(scope, sql, params, "");
		sql.append(" order by ").append(order).append(", case_number limit ").append(LIMIT);
		return jdbc.sql(sql.toString())
			.params(params)
			.query(CaseFactStore::map)
			.list()
			.stream()
			.map(f -> new Entry(f, why.apply(f)))
			.toList();
	}

	/** The scope's conditions on the facts' columns, each prefixed with {@code p} (a table alias and dot, or ""). */
	private static void where(StatisticsScope scope, StringBuilder sql, List<Object> params, String p) {
		if (scope.judgeId() != null) {
			sql.append(" and ").append(p).append("judge_id = ?");
			params.add(scope.judgeId());
		}
		else {
			sql.append(" and ").append(p).append("court_id = any(?)");
			params.add(scope.courtIds().toArray(String[]::new));
			if (scope.departmentId() != null) {
				sql.append(" and ").append(p).append("department_id = ?");
				params.add(scope.departmentId());
			}
		}
		if (!scope.typeCodes().isEmpty()) {
			sql.append(" and ").append(p).append("type_code = any(?)");
			params.add(scope.typeCodes().toArray(String[]::new));
		}
	}

	private List<Entry> flagged(StatisticsScope scope) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select ").append(prefixed())
			.append(", g.kind as flag_kind, g.reason as flag_reason from supervision_flag g ")
			.append("join supervision_case_fact f on f.case_id = g.case_id where g.cleared_at is null");
		where(scope, sql, params, "f.");
		sql.append(" order by g.raised_at desc limit ").append(LIMIT);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Entry(CaseFactStore.map(rs, n),
					org.smartcourt.supervision.FlagKind.valueOf(rs.getString("flag_kind")).label() + "："
							+ rs.getString("flag_reason")))
			.list();
	}

	private List<Entry> unanswered(StatisticsScope scope) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select ").append(prefixed())
			.append(", a.kind as act_kind, a.requester_name, a.answer_due_on from supervision_act a ")
			.append("join supervision_case_fact f on f.case_id = a.case_id where a.answered_at is null");
		where(scope, sql, params, "f.");
		sql.append(" order by a.requested_at limit ").append(LIMIT);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("answer_due_on", LocalDate.class);
				return new Entry(CaseFactStore.map(rs, n), rs.getString("requester_name")
						+ org.smartcourt.supervision.ActKind.valueOf(rs.getString("act_kind")).label()
						+ (due == null ? "，待答复" : "，应于" + due + "前答复"));
			})
			.list();
	}

	private static String prefixed() {
		return java.util.Arrays.stream(CaseFactStore.COLUMNS.split(","))
			.map(c -> "f." + c.strip())
			.collect(java.util.stream.Collectors.joining(", "));
	}
}
