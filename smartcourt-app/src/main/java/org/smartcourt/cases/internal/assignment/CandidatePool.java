package org.smartcourt.cases.internal.assignment;

import java.util.Comparator;
import java.util.List;

/**
 * Who may be drawn and who was left out and why. The eligible list is in draw order: sorted by staff id (as text),
 * so the same people always lie on the same stretch of the cumulative weights.
 */
public record CandidatePool(List<Candidate> eligible, List<Exclusion> excluded) {

	public CandidatePool {
		eligible = eligible.stream().sorted(Comparator.comparing(c -> c.staffId().toString())).toList();
		excluded = List.copyOf(excluded);
	}

	public boolean isEmpty() {
		return eligible.isEmpty();
	}
}
