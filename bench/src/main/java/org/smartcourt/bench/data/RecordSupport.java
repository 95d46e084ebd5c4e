package org.smartcourt.bench.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import org.smartcourt.deadlines.DeadlineQuery;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.mediation.internal.MediationClock;
import org.smartcourt.preservation.internal.PreservationClocks;

/**
 * What the records kept about cases (mediation, preservation, appraisal) take from the app: its deadline engine, and
 * on it the mediation module's {@link MediationClock} and the preservation module's {@link PreservationClocks}, which
 * pick the rules and compute every due date (the generator counts none itself), and the 申请费 of a preservation
 * (《诉讼费用交纳办法》第十四条第（二）项) from the app's {@code CourtFees}.
 *
 * @param preservationFee the fee on an amount to preserve, in fen, as the fees module assesses and describes it.
 */
record RecordSupport(Deadlines deadlines, MediationClock mediation, PreservationClocks preservation,
		LongFunction<Fee> preservationFee) {

	/** An assessed fee and the description the fees module gives its payment. */
	record Fee(long fen, String description) {
	}

	/**
	 * The app's clocks on {@code deadlines}, whose day-based results are kept: the app's engine reads the holiday
	 * calendar from the database on every computation, and such a result depends only on the query. Hour-based
	 * queries (the 48 hours of a pre-suit ruling) start at a different moment each and are not kept.
	 */
	static RecordSupport remembering(Deadlines deadlines, LongFunction<Fee> preservationFee) {
		Map<DeadlineQuery, DeadlineResult> results = new ConcurrentHashMap<>();
		Deadlines kept = new Deadlines() {

			@Override
			public List<DeadlineRule> rules() {
				return deadlines.rules();
			}

			@Override
			public Optional<DeadlineRule> rule(RuleId id) {
				return deadlines.rule(id);
			}

			@Override
			public DeadlineResult compute(DeadlineQuery query) {
				return query.startTime() == null ? results.computeIfAbsent(query, deadlines::compute)
						: deadlines.compute(query);
			}
		};
		return new RecordSupport(kept, new MediationClock(kept), new PreservationClocks(kept), preservationFee);
	}
}
