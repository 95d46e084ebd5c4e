package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The deadline engine: the rule table and the computation on the current holiday calendar. Invalid input (unknown
 * rule, reversed or overlapping exclusions…) raises a {@link org.smartcourt.shared.DomainException} of kind
 * INVALID_INPUT with one field problem per mistake.
 */
public interface Deadlines {

	List<DeadlineRule> rules();

	Optional<DeadlineRule> rule(RuleId id);

	DeadlineResult compute(DeadlineQuery query);

	default DeadlineResult compute(RuleId rule, LocalDate start, List<Exclusion> exclusions) {
		return compute(DeadlineQuery.of(rule, start, exclusions));
	}
}
