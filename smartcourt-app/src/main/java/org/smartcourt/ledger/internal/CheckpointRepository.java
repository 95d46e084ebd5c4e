package org.smartcourt.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcourt.ledger.core.note.SignedNote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code ledger_checkpoint_head} (the published head, moved only by compare-and-swap) and {@code ledger_checkpoint}
 * (the first published note of every size, kept for ever), plus what each witness last cosigned.
 */
@Repository
class CheckpointRepository {

	private final JdbcClient jdbc;

	CheckpointRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PublishedCheckpoint> head() {
		return jdbc.sql("select size, root, note, published_at from ledger_checkpoint_head where id = 0 and note <> ''")
			.query(CheckpointRepository::map)
			.optional();
	}

	/**
	 * Locks the head row for this transaction, or answers empty at once when another node holds it (that node is
	 * publishing). A log that never published gets its row first; its note is empty until the first publication.
	 */
	Optional<Optional<PublishedCheckpoint>> lockHead() {
		jdbc.sql("insert into ledger_checkpoint_head (id, size, root, note, published_at) "
				+ "values (0, 0, ''::bytea, '', 'epoch') on conflict (id) do nothing")
			.update();
		List<Optional<PublishedCheckpoint>> locked = jdbc
			.sql("select size, root, note, published_at from ledger_checkpoint_head where id = 0 for update skip locked")
			.query((rs, row) -> rs.getString("note").isEmpty() ? Optional.<PublishedCheckpoint>empty()
					: Optional.of(map(rs, row)))
			.list();
		return locked.isEmpty() ? Optional.empty() : Optional.of(locked.get(0));
	}

	/**
	 * Moves the head from {@code (oldSize, oldRoot)} to the new checkpoint; false when it is no longer there (another
	 * node published meanwhile), in which case nothing changed.
	 */
	boolean compareAndSwap(long oldSize, byte[] oldRoot, PublishedCheckpoint next) {
		int moved = jdbc.sql("update ledger_checkpoint_head set size = ?, root = ?, note = ?, published_at = ? "
				+ "where id = 0 and size = ? and root = ?")
			.params(next.size(), next.root(), next.note().toString(), Timestamp.from(next.publishedAt()), oldSize, oldRoot)
			.update();
		if (moved == 1) {
			jdbc.sql("insert into ledger_checkpoint (size, root, note, published_at) values (?, ?, ?, ?) "
					+ "on conflict (size) do nothing")
				.params(next.size(), next.root(), next.note().toString(), Timestamp.from(next.publishedAt()))
				.update();
		}
		return moved == 1;
	}

	/** The first checkpoint published for exactly this size. */
	Optional<PublishedCheckpoint> bySize(long size) {
		return jdbc.sql("select size, root, note, published_at from ledger_checkpoint where size = ?")
			.param(size)
			.query(CheckpointRepository::map)
			.optional();
	}

	/** The most recent checkpoints, newest first. */
	List<PublishedCheckpoint> recent(int limit) {
		return jdbc.sql("select size, root, note, published_at from ledger_checkpoint order by size desc limit ?")
			.param(limit)
			.query(CheckpointRepository::map)
			.list();
	}

	Optional<byte[]> timestampToken(long size) {
		return jdbc.sql("select tsa_token from ledger_checkpoint where size = ? and tsa_token is not null")
			.param(size)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** The most recent checkpoints without a time-stamp token, newest first. */
	List<PublishedCheckpoint> unstamped(int limit) {
		return jdbc.sql("select size, root, note, published_at from ledger_checkpoint where tsa_token is null "
				+ "order by size desc limit ?")
			.param(limit)
			.query(CheckpointRepository::map)
			.list();
	}

	Optional<Instant> timestampTime(long size) {
		return jdbc.sql("select tsa_time from ledger_checkpoint where size = ? and tsa_time is not null")
			.param(size)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void addTimestamp(long size, byte[] token, Instant genTime) {
		jdbc.sql("update ledger_checkpoint set tsa_token = ?, tsa_time = ? where size = ? and tsa_token is null")
			.params(token, Timestamp.from(genTime), size)
			.update();
	}

	/** The size each witness last cosigned, 0 when it never did. */
	long witnessSize(String witness) {
		return jdbc.sql("select last_size from ledger_witness_status where witness = ?")
			.param(witness)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	void witnessCosigned(String witness, long size) {
		jdbc.sql("insert into ledger_witness_status (witness, last_size, last_error, updated_at) values (?, ?, null, now()) "
				+ "on conflict (witness) do update set last_size = excluded.last_size, last_error = null, updated_at = now()")
			.params(witness, size)
			.update();
	}

	void witnessFailed(String witness, String error) {
		String reason = error.length() > 500 ? error.substring(0, 500) : error;
		jdbc.sql("insert into ledger_witness_status (witness, last_size, last_error, updated_at) values (?, null, ?, now()) "
				+ "on conflict (witness) do update set last_error = excluded.last_error, updated_at = now()")
			.params(witness, reason)
			.update();
	}

	/** What each witness last said, by name. */
	List<WitnessStatus> witnessStatuses() {
		return jdbc.sql("select witness, last_size, last_error, updated_at from ledger_witness_status order by witness")
			.query((rs, row) -> new WitnessStatus(rs.getString("witness"), (Long) rs.getObject("last_size"),
					rs.getString("last_error"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	private static PublishedCheckpoint map(ResultSet rs, int row) throws SQLException {
		return new PublishedCheckpoint(rs.getLong("size"), rs.getBytes("root"), SignedNote.parse(rs.getString("note")),
				rs.getTimestamp("published_at").toInstant());
	}
}
