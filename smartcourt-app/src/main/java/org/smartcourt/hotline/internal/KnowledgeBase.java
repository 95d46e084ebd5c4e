package org.smartcourt.hotline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 知识库: searched by everyone (agents at the desk, the public on the portal), edited by the desk. Search ranks each
 * entry by where the question's terms ({@link KnowledgeSearch}) occur: in the title 3, in the keywords 2, in the
 * answer 1, summed over the terms; entries without any match are left out.
 */
@Service
public class KnowledgeBase {

	static final List<String> TOPIC_ORDER = List.of("FEES", "FILING", "SERVICE", "TRIAL", "ENFORCEMENT", "OTHER");
	static final Set<String> TOPICS = Set.copyOf(TOPIC_ORDER);
	static final int RESULTS = 20;

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final HotlineClock clock;

	KnowledgeBase(JdbcClient jdbc, AuditTrail audit, HotlineClock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The topics (分类) in display order. */
	public static List<String> topics() {
		return TOPIC_ORDER;
	}

	/** Best matches first; with no terms, every entry by topic. */
	@Transactional(readOnly = true)
	public List<KnowledgeArticle> search(String query) {
		List<String> terms = KnowledgeSearch.terms(query);
		if (terms.isEmpty()) {
			return jdbc.sql("select * from hotline_knowledge order by topic, code").query(KnowledgeBase::map).list();
		}
		List<String> scores = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < terms.size(); i++) {
			String p = ":t" + i;
			params.put("t" + i, terms.get(i));
			scores.add("(case when position(" + p + " in lower(title)) > 0 then 3 else 0 end"
					+ " + case when position(" + p + " in lower(keywords)) > 0 then 2 else 0 end"
					+ " + case when position(" + p + " in lower(body)) > 0 then 1 else 0 end)");
		}
		return jdbc.sql("select * from (select k.*, " + String.join(" + ", scores) + " as score from hotline_knowledge k) s"
				+ " where score > 0 order by score desc, code limit " + RESULTS)
			.params(params)
			.query(KnowledgeBase::map)
			.list();
	}

	@Transactional(readOnly = true)
	public KnowledgeArticle get(UUID id) {
		return find(id).orElseThrow(() -> DomainException.notFound("hotline-kb-not-found",
				"problem.hotline-kb-not-found.detail", id.toString()));
	}

	@Transactional
	public KnowledgeArticle create(Actor actor, KnowledgeDraft draft) {
		HotlineScope.requireDesk(actor);
		validate(draft);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into hotline_knowledge (id, code, topic, title, keywords, body, source, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, "kb-" + id.toString().substring(0, 8), draft.topic(), draft.title().strip(),
					blank(draft.keywords()), draft.body().strip(), draft.source().strip(), Timestamp.from(clock.now()),
					actor.username())
			.update();
		audit.success("hotline.knowledge.create", "hotline-knowledge", id.toString());
		return get(id);
	}

	/** Edits an entry; {@code version} is the one the agent edited, so a concurrent edit is refused (409). */
	@Transactional
	public KnowledgeArticle update(Actor actor, UUID id, KnowledgeDraft draft, long version) {
		HotlineScope.requireDesk(actor);
		get(id);
		validate(draft);
		int changed = jdbc.sql("""
				update hotline_knowledge set topic = ?, title = ?, keywords = ?, body = ?, source = ?, updated_at = ?,
				       updated_by = ?, version = version + 1 where id = ? and version = ?""")
			.params(draft.topic(), draft.title().strip(), blank(draft.keywords()), draft.body().strip(),
					draft.source().strip(), Timestamp.from(clock.now()), actor.username(), id, version)
			.update();
		if (changed != 1) {
			throw DomainException.conflict("hotline-kb-changed", "problem.hotline-kb-changed.detail");
		}
		audit.success("hotline.knowledge.update", "hotline-knowledge", id.toString());
		return get(id);
	}

	private Optional<KnowledgeArticle> find(UUID id) {
		return jdbc.sql("select * from hotline_knowledge where id = ?").param(id).query(KnowledgeBase::map).optional();
	}

	private static void validate(KnowledgeDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.topic() == null || !TOPICS.contains(d.topic())) {
			problems.add(new FieldProblem("topic", "unknown", "validation.hotline.kb.topic"));
		}
		check(d.title(), 200, "title", problems);
		check(d.body(), 4000, "body", problems);
		check(d.source(), 300, "source", problems);
		if (d.keywords() != null && d.keywords().length() > 300) {
			problems.add(new FieldProblem("keywords", "length", "validation.hotline.text.length", List.of(300)));
		}
		if (!problems.isEmpty()) {
			throw RequestInput.invalid(problems);
		}
	}

	private static void check(String value, int max, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "required", "validation.hotline.kb." + field + ".required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "length", "validation.hotline.text.length", List.of(max)));
		}
	}

	private static String blank(String s) {
		return s == null ? "" : s.strip();
	}

	private static KnowledgeArticle map(ResultSet rs, int n) throws SQLException {
		return new KnowledgeArticle(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("topic"),
				rs.getString("title"), rs.getString("keywords"), rs.getString("body"), rs.getString("source"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("version"));
	}
}
