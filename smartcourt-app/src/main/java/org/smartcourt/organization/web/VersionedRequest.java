package org.smartcourt.organization.web;

import java.util.List;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/** A request that may change a record: it must say which version it edits, or a lost update would go unseen. */
interface VersionedRequest {

	/** The version the client read; {@literal null} when creating. */
	Long version();

	/** @throws DomainException (invalid input) when the version is missing. */
	default long requiredVersion() {
		if (version() == null) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("version", "required", "validation.version.required")));
		}
		return version();
	}
}
