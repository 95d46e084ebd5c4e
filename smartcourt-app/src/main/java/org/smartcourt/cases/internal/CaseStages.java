package org.smartcourt.cases.internal;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case from one stage to another under the guard of {@link CaseStage#allowedBefore}: the row is locked, the
 * current stage checked and the move refused with 409 and the current stage's name when it is not allowed. Commands
 * of this module call it inside their transaction before recording the docket entry.
 */
@Component
public class CaseStages {

	private final JdbcClient jdbc;

	CaseStages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current stage, with the case row locked for the rest of the transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseStage lock(CaseId id) {
		return jdbc.sql("select stage from court_case where id = ? for update")
			.param(id.value())
			.query(String.class)
			.optional()
			.map(CaseStage::valueOf)
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					id.toString()));
	}

	/**
	 * Moves the case to {@code to}.
	 *
	 * @param action the command's name for the refusal message, e.g. 结案.
	 * @throws DomainException (conflict, {@code case-stage-conflict}) when {@code to} cannot follow the current stage.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseStage move(CaseId id, CaseStage to, String action) {
		CaseStage current = lock(id);
		requireAllowed(current, to, action);
		jdbc.sql("update court_case set stage = ?, version = version + 1 where id = ?")
			.params(to.name(), id.value())
			.update();
		return current;
	}

	/** Refuses with 409 unless the case is in one of {@code stages}; does not change it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseStage require(CaseId id, java.util.Set<CaseStage> stages, String action) {
		CaseStage current = lock(id);
		if (!stages.contains(current)) {
			throw refusal(current, action);
		}
		return current;
	}

	static void requireAllowed(CaseStage current, CaseStage to, String action) {
		if (!CaseStage.allowedBefore(to).contains(current)) {
			throw refusal(current, action);
		}
	}

	private static DomainException refusal(CaseStage current, String action) {
		return DomainException.conflict("case-stage-conflict", "problem.case-stage-conflict.detail", action,
				new DefaultMessageSourceResolvable(current.labelKey()));
	}
}
