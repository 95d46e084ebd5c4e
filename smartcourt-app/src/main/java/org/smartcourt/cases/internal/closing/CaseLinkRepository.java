package org.smartcourt.cases.internal.closing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.internal.SameParty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_link} rows, and same-party candidates from {@code case_party}. */
@Repository
class CaseLinkRepository {

	private final JdbcClient jdbc;

	CaseLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the link unless it exists; whether it was new. */
	boolean insert(CaseId from, CaseId to, LinkKind kind, String note, String by, Instant at) {
		return jdbc.sql("""
				insert into case_link (id, from_case, to_case, kind, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), from.value(), to.value(), kind.name(), note, Timestamp.from(at), by)
			.update() == 1;
	}

	List<CaseLink> linksOf(CaseId caseId) {
		return jdbc.sql("""
				select l.id, l.kind, l.from_case = :case as outgoing, c.id as other, c.case_number, c.title, l.note
				  from case_link l
				  join court_case c on c.id = case when l.from_case = :case then l.to_case else l.from_case end
				 where l.from_case = :case or l.to_case = :case
				 order by l.created_at""")
			.param("case", caseId.value())
			.query((rs, n) -> new CaseLink(rs.getObject("id", UUID.class), LinkKind.valueOf(rs.getString("kind")),
					rs.getBoolean("outgoing"), new CaseId(rs.getObject("other", UUID.class)),
					rs.getString("case_number"), rs.getString("title"), rs.getString("note")))
			.list();
	}

	/** Other cases sharing a party with ours ({@link SameParty}), newest first, not yet linked to it. */
	List<SameParties> sameParties(CaseId caseId, List<String> courtIds) {
		return jdbc.sql(SameParty.OTHER_CASES + """
				select distinct c.id, c.case_number, c.title, s.name, c.registered_at
				  from same s
				  join court_case c on c.id = s.case_id
				 where c.court_id in (:courts)
				   and not exists (select 1 from case_link l where (l.from_case = :case and l.to_case = c.id)
				                                              or (l.to_case = :case and l.from_case = c.id))
				 order by c.registered_at desc limit 20""")
			.param("case", caseId.value())
			.param("courts", courtIds)
			.query((rs, n) -> new SameParties(new CaseId(rs.getObject("id", UUID.class)), rs.getString("case_number"),
					rs.getString("title"), rs.getString("name")))
			.list();
	}
}
