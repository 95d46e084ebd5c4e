package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.LedgerRecords;
import org.smartcourt.shared.DomainException;

/** Back-pressure: appends beyond max-outstanding, or to a log that failed its start-up check, fail at once. */
class BatchAppenderTests {

	private static LedgerProperties properties(int maxOutstanding) {
		return new LedgerProperties("SHA-256", 2, Duration.ofMillis(250), maxOutstanding, Duration.ofSeconds(1),
				Duration.ofSeconds(5));
	}

	@Test
	void appendsBeyondMaxOutstandingFailFastWithLedgerBusy() {
		LedgerStatus status = new LedgerStatus();
		status.consistent();
		// never started: nothing is flushed, so every append stays outstanding
		BatchAppender appender = new BatchAppender(null, null, status, properties(4));
		for (int i = 0; i < 4; i++) {
			assertThat(appender.append(LedgerRecords.fresh(EntryType.FILING))).isNotDone();
		}
		long start = System.nanoTime();
		assertThatThrownBy(() -> appender.append(LedgerRecords.fresh(EntryType.FILING)))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("ledger-busy");
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
			});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void aLogThatFailedItsCheckRefusesAppends() {
		LedgerStatus status = new LedgerStatus();
		status.inconsistent("stored root differs");
		BatchAppender appender = new BatchAppender(null, null, status, properties(4));
		assertThatThrownBy(() -> appender.append(LedgerRecords.fresh(EntryType.FILING)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("ledger-unavailable"));
		assertThat(status.health().getStatus().getCode()).isEqualTo("DOWN");
	}

	@Test
	void settingsOutOfRangeAreRefused() {
		assertThatThrownBy(() -> properties(1)).isInstanceOf(IllegalArgumentException.class);
	}
}
