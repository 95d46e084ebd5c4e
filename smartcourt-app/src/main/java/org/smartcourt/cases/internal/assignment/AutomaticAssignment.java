package org.smartcourt.cases.internal.assignment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.cases.CaseRegistered;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 自动分案: draws the judge of a newly registered case at once, inside the registration's own transaction but behind
 * a savepoint, so the registration stands whatever happens here and the two commit together. When nobody can be
 * drawn (or anything else fails), the case stays 待分案 and the queue shows why.
 *
 * <p>Why not after commit in a new transaction (as before issue 10): the request thread still holds the
 * registration's connection until the after-commit callbacks end, so each registration needed two connections at
 * once, and more concurrent registrations than the pool's connections deadlocked the pool (every request timed out
 * after 30 s under a load of 32 clerks).
 */
@Component
class AutomaticAssignment {

	private static final Logger log = LoggerFactory.getLogger(AutomaticAssignment.class);

	private final Assignments assignments;
	private final AssignmentSettings settings;
	private final MessageSource messages;

	AutomaticAssignment(Assignments assignments, AssignmentSettings settings, MessageSource messages) {
		this.assignments = assignments;
		this.settings = settings;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CaseRegistered registered) {
		try {
			if (!Eligibility.assignedToJudges(registered.categoryCode()) || !settings.automaticAt(registered.courtId())) {
				return;
			}
			assignments.assignAutomatically(registered.caseId());
		}
		catch (DomainException ex) {
			String why = messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(),
					LocaleContextHolder.getLocale());
			log.info("Case {} left for manual assignment: {}", registered.caseNumber(), why);
			pending(registered, "自动分案未完成：" + why);
		}
		catch (RuntimeException ex) {
			log.warn("Automatic assignment of case {} failed", registered.caseNumber(), ex);
			pending(registered, "自动分案未完成：系统错误，请人工分案。");
		}
	}

	private void pending(CaseRegistered registered, String reason) {
		try {
			assignments.leavePending(registered.caseId(), reason);
		}
		catch (RuntimeException ex) {
			log.warn("Could not record why case {} waits for assignment", registered.caseNumber(), ex);
		}
	}
}
