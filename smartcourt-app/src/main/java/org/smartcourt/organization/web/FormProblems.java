package org.smartcourt.organization.web;

import org.smartcourt.shared.DomainException;
import org.springframework.validation.BindingResult;

/**
 * Shows a refused command on the form that sent it: field problems beside their fields, conflicts (a name taken, a
 * record changed meanwhile) above the form. Anything else (out of scope, not found) goes to the error page.
 */
final class FormProblems {

	private FormProblems() {
	}

	/**
	 * Runs {@code command} when the form passed validation, and shows its refusal on the form.
	 *
	 * @return whether the command ran and succeeded; otherwise the form is shown again with its problems.
	 * @throws DomainException the refusal itself when it is not about the form's content.
	 */
	static boolean tryCommand(BindingResult form, Runnable command) {
		if (form.hasErrors()) {
			return false;
		}
		try {
			command.run();
			return true;
		}
		catch (DomainException ex) {
			show(ex, form);
			return false;
		}
	}

	/** @throws DomainException {@code ex} itself when it is not about the form's content. */
	static void show(DomainException ex, BindingResult form) {
		switch (ex.kind()) {
			case INVALID_INPUT -> ex.fieldProblems()
				.forEach(p -> form.rejectValue(p.field(), p.messageKey(), p.args().toArray(), null));
			case CONFLICT, RULE_VIOLATION -> form.reject(ex.messageKey(), ex.args(), null);
			default -> throw ex;
		}
	}
}
