package org.smartcourt.cases.internal.clock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 审限预警: each day, recompute every open case's clock, then tell the 承办法官, the 法官助理 and the 庭长 of the case's
 * department when its last day is 15, 7 or 3 days away ({@code smartcourt.deadlines.warning-days}) or has passed.
 * Each (case, last day, threshold) is sent once: the {@code clock_warning} row is claimed first (its primary key
 * refuses a second claim), so two runs or two nodes never send twice; a changed last day (extension, exclusion) is a
 * new warning.
 */
@Service
public class ClockWarnings {

	private static final Logger log = LoggerFactory.getLogger(ClockWarnings.class);
	/** The threshold recorded for 已届满/超审限. */
	static final int OVERDUE = 0;

	private final CaseClockService clocks;
	private final CaseClockStore store;
	private final Cases cases;
	private final ClockNotices notices;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final TreeSet<Integer> thresholds;

	ClockWarnings(CaseClockService clocks, CaseClockStore store, Cases cases, ClockNotices notices, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${smartcourt.deadlines.warning-days:15,7,3}") List<Integer> warningDays) {
		this.clocks = clocks;
		this.store = store;
		this.cases = cases;
		this.notices = notices;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.thresholds = new TreeSet<>(warningDays.stream().filter(d -> d > 0).toList());
	}

	/** The daily run: recompute, then warn; returns how many warnings were sent. */
	public int run() {
		LocalDate today = LocalDate.now(clock);
		for (CaseId id : store.openCases()) {
			try {
				transactions.executeWithoutResult(tx -> clocks.recompute(id));
			}
			catch (DomainException ex) {
				log.warn("case clock of {} not recomputed: {}", id, ex.getMessage());
			}
		}
		return warn(today);
	}

	/** Sends the warnings due on {@code today} from the stored clocks. */
	public int warn(LocalDate today) {
		int sent = 0;
		int widest = thresholds.isEmpty() ? 0 : thresholds.last();
		for (ClockListRow row : store.runningDueBy(today.plusDays(widest))) {
			long left = row.daysLeft(today);
			Integer threshold = left < 0 ? Integer.valueOf(OVERDUE) : thresholds.ceiling((int) left);
			if (threshold == null) {
				continue;
			}
			Boolean done = transactions.execute(tx -> claimAndSend(row, threshold, left));
			if (Boolean.TRUE.equals(done)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean claimAndSend(ClockListRow row, int threshold, long left) {
		int claimed = jdbc.sql("""
				insert into clock_warning (case_id, due_on, threshold, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(row.caseId().value(), row.due(), threshold, Timestamp.from(clock.instant()))
			.update();
		if (claimed == 0) {
			return false;
		}
		CaseOverview overview = cases.find(row.caseId()).orElseThrow();
		Set<String> to = new LinkedHashSet<>(ClockNotices.judgeAndAssistant(overview));
		to.addAll(notices.divisionHeads(overview.registration().courtId(), overview.departmentId()));
		String template = threshold == OVERDUE ? "cases.clock.overdue" : "cases.clock.warning";
		Map<String, String> values = threshold == OVERDUE
				? Map.of("caseNumber", String.valueOf(row.caseNumber()), "due", DeadlineCalculator.format(row.due()),
						"days", String.valueOf(-left))
				: Map.of("caseNumber", String.valueOf(row.caseNumber()), "due", DeadlineCalculator.format(row.due()),
						"left", String.valueOf(left));
		// the clock_warning row just claimed makes (case, due date, threshold) happen once: the same key
		notices.send(to, template, template + ":" + row.caseId().value() + ":" + row.due() + ":" + threshold, values,
				"/cases/" + row.caseId());
		return true;
	}
}
