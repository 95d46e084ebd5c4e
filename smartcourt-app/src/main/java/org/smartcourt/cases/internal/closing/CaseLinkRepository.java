package org.smartcourt.cases.internal.closing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
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

	/** Other cases with a party of the same 身份证号/统一社会信用代码, or of the same name where ours has none. */
	List<SameParties> sameParties(CaseId caseId, List<String> courtIds) {
		return jdbc.sql("""
				select distinct c.id, c.case_number, c.title, o.name, c.registered_at
				  from case_party p
				  join case_party o on o.case_id <> p.case_id and o.kind = 'PARTY'
				       and (o.id_number = p.id_number or (p.id_number is null and o.name = p.name))
				  join court_case c on c.id = o.case_id
				 where p.case_id = :case and p.kind = 'PARTY' and c.court_id in (:courts)
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
