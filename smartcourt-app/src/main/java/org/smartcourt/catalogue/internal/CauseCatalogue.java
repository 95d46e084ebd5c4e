package org.smartcourt.catalogue.internal;

import java.util.List;

import org.smartcourt.catalogue.CauseOfAction;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案由目录 for the catalogue's own screens and API: a cause with its breadcrumb and confidence, and the matches of
 * the filing wizard's cause picker. Every signed-in user may read it, since litigants name the cause when they file.
 */
@Service
public class CauseCatalogue {

	/** At most this many matches are listed by a search, so a typeahead stays short. */
	public static final int SEARCH_LIMIT = 20;

	private final Causes causes;
	private final JdbcClient jdbc;

	CauseCatalogue(Causes causes, JdbcClient jdbc) {
		this.causes = causes;
		this.jdbc = jdbc;
	}

	/** @throws DomainException (not found) for an unknown code. */
	@Transactional(readOnly = true)
	public CauseNode node(String code) {
		List<CauseOfAction> path = causes.path(code);
		if (path.isEmpty()) {
			throw notFound();
		}
		return new CauseNode(path.get(path.size() - 1), path, confidence(code));
	}

	/** @throws DomainException (not found) for an unknown code. */
	@Transactional(readOnly = true)
	public List<CauseOfAction> children(String code) {
		causes.find(code).orElseThrow(CauseCatalogue::notFound);
		return causes.children(code);
	}

	/**
	 * The causes a case may be filed under whose name contains the text, each with its path. The eleven 部分 are
	 * headings, not causes, so they are left out.
	 */
	@Transactional(readOnly = true)
	public List<CauseNode> pick(String text) {
		return causes.search(text, SEARCH_LIMIT + 1)
			.stream()
			.filter(cause -> cause.level() > 1)
			.limit(SEARCH_LIMIT)
			.map(cause -> node(cause.code()))
			.toList();
	}

	private CauseConfidence confidence(String code) {
		return jdbc.sql("select confidence from cause_of_action where code = ?")
			.param(code)
			.query((rs, row) -> CauseConfidence.valueOf(rs.getString("confidence")))
			.single();
	}

	static DomainException notFound() {
		return DomainException.notFound("cause-not-found", "problem.cause-not-found.detail");
	}
}
