package org.smartcourt.deadlines.internal;

import java.util.List;
import java.util.Optional;

import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.deadlines.DeadlineQuery;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;

/** {@link Deadlines} on the bundled rule table and the stored holiday calendar. */
@Service
class DeadlineService implements Deadlines {

	private final RuleBook rules = RuleBook.bundled();
	private final HolidayCalendar calendar;

	DeadlineService(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public List<DeadlineRule> rules() {
		return rules.all();
	}

	@Override
	public Optional<DeadlineRule> rule(RuleId id) {
		return id == null ? Optional.empty() : rules.find(id);
	}

	@Override
	public DeadlineResult compute(DeadlineQuery query) {
		DeadlineRule rule = rule(query.rule()).orElseThrow(() -> DomainException.invalid("deadline-request-invalid",
				"problem.deadline-request-invalid.detail",
				List.of(new FieldProblem("ruleId", "unknown", "validation.deadlines.rule.unknown"))));
		return new DeadlineCalculator(calendar.current()).compute(rule, query);
	}
}
