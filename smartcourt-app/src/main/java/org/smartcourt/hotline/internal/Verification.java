package org.smartcourt.hotline.internal;

import java.util.Optional;

import org.smartcourt.cases.CaseOverview;

/**
 * The outcome of an identity check (身份核验). A failed check carries nothing about the case, not even whether it
 * exists.
 *
 * @param requesterUsername the platform account of the verified person, when the case knows it.
 */
public record Verification(boolean passed, CaseOverview overview, String requesterUsername) {

	static Verification failed() {
		return new Verification(false, null, null);
	}

	public Optional<CaseOverview> caseIfPassed() {
		return passed ? Optional.of(overview) : Optional.empty();
	}
}
