package org.smartcourt.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcourt.ledger.witness.WitnessTestSupport.NOW;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcWitnessStateTests {

	static final EmbeddedPostgres pg = TestDatabase.server();
	static final DataSource db = pg.getPostgresDatabase();

	static final byte[] A = new byte[32];
	static final byte[] B = filled(1);
	static final byte[] C = filled(2);
	JdbcWitnessState state;

	@BeforeEach
	void freshTables() throws SQLException {
		WitnessTestSupport.dropTables(db);
		state = new JdbcWitnessState(db);
	}

	static byte[] filled(int b) {
		byte[] h = new byte[32];
		java.util.Arrays.fill(h, (byte) b);
		return h;
	}

	@Test
	void createsItsTablesOnlyOnce() {
		state.compareAndSet("log", Optional.empty(), new LogState(3, B), NOW);

		JdbcWitnessState again = new JdbcWitnessState(db);

		assertThat(again.latest("log")).contains(new LogState(3, B));
		assertThat(again.isHealthy()).isTrue();
	}

	@Test
	void changesALogsStateOnlyFromTheExpectedOne() {
		assertThat(state.latest("log")).isEmpty();
		assertThat(state.compareAndSet("log", Optional.empty(), new LogState(3, B), NOW)).isTrue();
		assertThat(state.compareAndSet("log", Optional.empty(), new LogState(4, C), NOW)).as("first contact twice").isFalse();
		assertThat(state.compareAndSet("log", Optional.of(new LogState(2, B)), new LogState(4, C), NOW)).as("other size").isFalse();
		assertThat(state.compareAndSet("log", Optional.of(new LogState(3, A)), new LogState(4, C), NOW)).as("other root").isFalse();
		assertThat(state.latest("log")).contains(new LogState(3, B));

		assertThat(state.compareAndSet("log", Optional.of(new LogState(3, B)), new LogState(4, C), NOW)).isTrue();
		assertThat(state.latest("log")).contains(new LogState(4, C));
		assertThat(state.latest("other")).isEmpty();
	}

	@Test
	void keepsRejectedRequests() throws SQLException {
		state.recordRejected("log", 422, "proof does not verify", "old 1\n\nbody".getBytes(), NOW);

		try (Connection c = db.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select origin, status, reason, body, received_at from witness_rejected_request")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("log");
			assertThat(rs.getInt(2)).isEqualTo(422);
			assertThat(rs.getString(3)).isEqualTo("proof does not verify");
			assertThat(new String(rs.getBytes(4))).isEqualTo("old 1\n\nbody");
			assertThat(rs.getTimestamp(5).toInstant()).isEqualTo(NOW);
		}
	}

	@Test
	void keepsWitnessesInTheirOwnSchemasApart() {
		JdbcWitnessState one = JdbcWitnessState.inSchema(db, "demo_witness_1");
		JdbcWitnessState two = JdbcWitnessState.inSchema(db, "demo_witness_2");

		one.compareAndSet("log", Optional.empty(), new LogState(5, B), NOW);

		assertThat(one.latest("log")).contains(new LogState(5, B));
		assertThat(two.latest("log")).isEmpty();
		assertThat(state.latest("log")).isEmpty();
		assertThatThrownBy(() -> JdbcWitnessState.inSchema(db, "x; drop table y")).isInstanceOf(IllegalArgumentException.class);
	}
}
