package org.smartcourt.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.smartcourt.ledger.core.CompactRange;
import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * Writes the tiles of a large tree straight into {@code ledger_tile} (C2SP tlog-tiles: 256 hashes of 32 bytes per
 * tile; a level-{@code L+1} hash is the MTH of a full level-{@code L} tile; partial tiles only at the right edge),
 * streaming: leaf hashes are generated, tiles are sent with binary {@code COPY} in batches, and only one tile per
 * level is held in memory. The tree state (size, root, compact range) is written last, so the stored tree passes the
 * application's start-up check. Entries and bundles are not written: proofs need only tiles. For a log with no
 * entries, written while nothing appends.
 */
final class TreeGenerator {

	private static final int HASH = 32;
	private static final int TILE_BYTES = TileMath.TILE_WIDTH * HASH;
	private static final int ROWS_PER_COPY = 2048;
	private static final byte[] COPY_HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0,
			0, 0, 0, 0, 0, 0 };

	private final TreeHasher hasher;
	private final List<ByteBuffer> openTiles = new ArrayList<>();
	private final List<Long> tileIndexes = new ArrayList<>();
	private final ByteArrayOutputStream copyBuffer = new ByteArrayOutputStream(ROWS_PER_COPY * (TILE_BYTES + 32));
	private final DataOutputStream copy = new DataOutputStream(copyBuffer);
	private int bufferedRows;
	private long tilesWritten;

	TreeGenerator(TreeHasher hasher) {
		this.hasher = hasher;
	}

	/** Generates a tree of {@code size} leaves (leaf {@code i} hashes the 8 bytes of {@code i}); returns its root. */
	byte[] generate(DataSource dataSource, long size) throws SQLException {
		CompactRange range = new CompactRange(hasher);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			PGConnection pg = connection.unwrap(PGConnection.class);
			byte[] leaf = new byte[8];
			for (long i = 0; i < size; i++) {
				ByteBuffer.wrap(leaf).putLong(i);
				byte[] leafHash = hasher.hashLeaf(leaf);
				range.append(leafHash);
				add(pg, 0, leafHash);
			}
			for (int level = 0; level < openTiles.size(); level++) {
				ByteBuffer open = openTiles.get(level);
				if (open.position() > 0) {
					row(pg, level, tileIndexes.get(level), java.util.Arrays.copyOf(open.array(), open.position()));
				}
			}
			flush(pg);
			writeState(connection, range);
		}
		return range.root();
	}

	long tilesWritten() {
		return tilesWritten;
	}

	private void add(PGConnection pg, int level, byte[] hash) throws SQLException {
		if (openTiles.size() == level) {
			openTiles.add(ByteBuffer.allocate(TILE_BYTES));
			tileIndexes.add(0L);
		}
		ByteBuffer tile = openTiles.get(level);
		tile.put(hash);
		if (!tile.hasRemaining()) {
			byte[] nodes = tile.array().clone();
			row(pg, level, tileIndexes.get(level), nodes);
			tileIndexes.set(level, tileIndexes.get(level) + 1);
			tile.clear();
			add(pg, level + 1, mth(nodes));
		}
	}

	/** MTH of a full tile's 256 hashes: a perfect subtree, hashed pairwise up 8 levels. */
	private byte[] mth(byte[] nodes) {
		byte[][] level = new byte[TileMath.TILE_WIDTH][];
		for (int i = 0; i < level.length; i++) {
			level[i] = java.util.Arrays.copyOfRange(nodes, i * HASH, (i + 1) * HASH);
		}
		for (int n = level.length; n > 1; n /= 2) {
			for (int i = 0; i < n / 2; i++) {
				level[i] = hasher.hashChildren(level[2 * i], level[2 * i + 1]);
			}
		}
		return level[0];
	}

	private void row(PGConnection pg, int level, long index, byte[] nodes) throws SQLException {
		try {
			copy.writeShort(3);
			copy.writeInt(2);
			copy.writeShort(level);
			copy.writeInt(8);
			copy.writeLong(index);
			copy.writeInt(nodes.length);
			copy.write(nodes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		tilesWritten++;
		if (++bufferedRows >= ROWS_PER_COPY) {
			flush(pg);
		}
	}

	private void flush(PGConnection pg) throws SQLException {
		if (bufferedRows == 0) {
			return;
		}
		CopyIn in = pg.getCopyAPI().copyIn("copy ledger_tile (level, idx, nodes) from stdin (format binary)");
		byte[] rows = copyBuffer.toByteArray();
		in.writeToCopy(COPY_HEADER, 0, COPY_HEADER.length);
		in.writeToCopy(rows, 0, rows.length);
		in.writeToCopy(new byte[] { (byte) 0xff, (byte) 0xff }, 0, 2);
		in.endCopy();
		copyBuffer.reset();
		bufferedRows = 0;
	}

	private void writeState(Connection connection, CompactRange range) throws SQLException {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		range.hashes().forEach(packed::writeBytes);
		try (PreparedStatement update = connection.prepareStatement(
				"update ledger_tree_state set size = ?, root = ?, compact_range = ?, hash_algorithm = ?, updated_at = now() where id = 0 and size = 0")) {
			update.setLong(1, range.size());
			update.setBytes(2, range.root());
			update.setBytes(3, packed.toByteArray());
			update.setString(4, hasher.algorithm());
			if (update.executeUpdate() != 1) {
				throw new IllegalStateException("the log already has entries; generate into a fresh database");
			}
		}
	}
}
