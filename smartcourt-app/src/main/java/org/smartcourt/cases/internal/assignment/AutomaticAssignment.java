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
 * 自动分案: once a registration has committed, draws its judge at once, on the same thread and in a transaction of
 * its own, so the registration stands whatever happens here. When nobody can be drawn (or anything else fails), the
 * case stays 待分案 and the queue shows why.
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

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
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
