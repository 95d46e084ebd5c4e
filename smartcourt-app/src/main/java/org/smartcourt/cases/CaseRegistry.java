package org.smartcourt.cases;

import java.util.Optional;

/** The registered cases (立案) and their 案号. */
public interface CaseRegistry {

	/**
	 * Registers a case and issues its 案号 in one transaction, audits it and publishes {@link CaseRegistered}. The
	 * caller (the filing module's 立案 decision) has checked who may register; this checks the data.
	 *
	 * @throws org.smartcourt.shared.DomainException for an unknown court, a category not in force today or one
	 *         without a 类型代字, or a missing procedure or title.
	 */
	RegisteredCase register(RegisterCase command);

	Optional<RegisteredCase> byNumber(CaseNumber number);

	Optional<RegisteredCase> byId(CaseId id);
}
