package org.smartcourt.cases.internal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.PartySide;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案件查询: a court's staff find cases by 案号, by a party's 身份证号码 or 统一社会信用代码, or by the beginning of a
 * party's name, within their data scope (their court and the courts below it, as for {@code CaseLookup}). At most
 * {@link #LIMIT} cases come back, newest first, with a flag when more matched. Every search is audited, with an
 * identity number masked in the log; a refusal is audited too.
 */
@Service
public class CaseSearch {

	/** The most cases one search returns. */
	public static final int LIMIT = 50;

	/** Who may search: the staff who handle cases or answer about them (12368). */
	public static final Set<Role> SEARCHERS = Set.of(Role.FILING_CLERK, Role.JUDGE, Role.ASSISTANT,
			Role.CLERK, Role.DIVISION_HEAD, Role.PRESIDENT, Role.HOTLINE);

	/** Whether the actor is one of the {@link #SEARCHERS}. */
	public static boolean mayUse(Actor actor) {
		return actor.isStaff() && SEARCHERS.contains(actor.role());
	}

	// one row per case: DISTINCT ON keeps its first matching party; the sort key leads so that LIMIT cuts the newest
	private static final String BY_PARTY = """
			select distinct on (c.registered_on, c.id) c.id, c.case_number, c.court_id, c.title, c.stage,
			       c.registered_on, p.name, p.side
			from case_party p join court_case c on c.id = p.case_id
			where %s and p.kind = 'PARTY' and c.court_id = any(:courts)
			order by c.registered_on desc, c.id, p.seq
			limit :limit""";

	private final CaseNumbers numbers;
	private final CourtHierarchy hierarchy;
	private final AuditTrail audit;
	private final JdbcClient jdbc;

	CaseSearch(CaseNumbers numbers, CourtHierarchy hierarchy, AuditTrail audit,
			JdbcClient jdbc) {
		this.numbers = numbers;
		this.hierarchy = hierarchy;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * Searches the actor's scope.
	 *
	 * @throws DomainException 403 for anyone but court staff who handle cases; 400 with a field problem on {@code q}
	 *         for a text shorter than two characters or longer than 64, or a malformed 案号
	 */
	@Transactional
	public CaseSearchResult search(Actor actor, String text) {
		if (!mayUse(actor)) {
			audit.record(actor, "case.search", "case", null, AuditOutcome.DENIED, null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		SearchText query = SearchText.of(text);
		String[] courts = hierarchy.subtree(actor.court()).stream().map(CourtId::value).toArray(String[]::new);
		List<CaseSearchHit> hits = switch (query.kind()) {
			case CASE_NUMBER -> byNumber(query, courts);
			case ID_NUMBER -> jdbc.sql(BY_PARTY.formatted("p.id_number = :id"))
				.param("id", query.value())
				.param("courts", courts)
				.param("limit", LIMIT + 1)
				.query(CaseSearch::hit)
				.list();
			case PARTY_NAME -> jdbc.sql(BY_PARTY.formatted("p.name ~>=~ :from and p.name ~<~ :to"))
				.param("from", query.value())
				.param("to", query.prefixUpperBound())
				.param("courts", courts)
				.param("limit", LIMIT + 1)
				.query(CaseSearch::hit)
				.list();
		};
		audit.record(actor, "case.search", "case", null, AuditOutcome.SUCCESS, query.forAudit());
		boolean more = hits.size() > LIMIT;
		return new CaseSearchResult(query.kind(), more ? hits.subList(0, LIMIT) : hits, more);
	}

	private List<CaseSearchHit> byNumber(SearchText query, String[] courts) {
		CaseNumber number = parse(query.value());
		return jdbc.sql("""
				select id, case_number, court_id, title, stage, registered_on, null as name, null as side
				from court_case where case_number = :number and court_id = any(:courts)""")
			.param("number", number.format())
			.param("courts", courts)
			.query(CaseSearch::hit)
			.list();
	}

	/** The 案号 reader's refusal, reported on the search field. */
	private CaseNumber parse(String text) {
		try {
			return numbers.parse(text);
		}
		catch (DomainException e) {
			throw DomainException.invalid(e.code(), e.messageKey(), e.fieldProblems()
				.stream()
				.map(p -> new DomainException.FieldProblem("q", p.code(), p.messageKey(), p.args()))
				.toList());
		}
	}

	private static CaseSearchHit hit(ResultSet rs, int row) throws SQLException {
		String side = rs.getString("side");
		return new CaseSearchHit(new CaseId(rs.getObject("id", UUID.class)), rs.getString("case_number"),
				new CourtId(rs.getString("court_id")), rs.getString("title"), CaseStage.valueOf(rs.getString("stage")),
				rs.getDate("registered_on").toLocalDate(), rs.getString("name"),
				side == null ? null : PartySide.valueOf(side));
	}
}
