package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerRecords;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The start-up check: another hash algorithm refuses to start; a stored root that the tiles do not give is DOWN. */
@IntegrationTest
class TreeCheckTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TreeStateRepository state;

	@Autowired
	LogReader reader;

	@Autowired
	LedgerStatus liveStatus;

	@Test
	void theLiveLogPassedItsCheck() {
		assertThat(liveStatus.acceptsAppends()).isTrue();
		assertThat(liveStatus.health().getStatus().getCode()).isEqualTo("UP");
	}

	@Test
	void aNodeConfiguredWithAnotherHashRefusesToStart() throws Exception {
		ledger.append(LedgerRecords.fresh(EntryType.FILING)).get(30, TimeUnit.SECONDS);
		TreeCheck sm3Node = new TreeCheck(state, reader, TreeHasher.sm3(), new LedgerStatus());
		assertThatThrownBy(sm3Node::verify).isInstanceOf(IllegalStateException.class).hasMessageContaining("SM3");
	}

	@Test
	void aStoredRootThatTheTilesDoNotGiveStopsAppends() throws Exception {
		ledger.append(LedgerRecords.fresh(EntryType.FILING)).get(30, TimeUnit.SECONDS);
		TreeStateRepository tampered = new TreeStateRepository(jdbc) {
			@Override
			TreeState read() {
				TreeState real = super.read();
				byte[] root = real.root().clone();
				root[0] ^= 1;
				return new TreeState(real.size(), root, real.compactRange(), real.algorithm());
			}
		};
		LedgerStatus status = new LedgerStatus();
		new TreeCheck(tampered, reader, TreeHasher.sha256(), status).verify();
		assertThat(status.acceptsAppends()).isFalse();
		assertThat(status.health().getStatus().getCode()).isEqualTo("DOWN");

		LedgerStatus sound = new LedgerStatus();
		new TreeCheck(state, reader, TreeHasher.sha256(), sound).verify();
		assertThat(sound.acceptsAppends()).isTrue();
	}
}
