package org.smartcourt.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.smartcourt.ledger.LedgerEntry;
import org.smartcourt.ledger.core.ProofGenerator;
import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;
import org.springframework.stereotype.Component;

/**
 * Reads the log from its tiles: roots (RFC 9162 §2.1.1), inclusion proofs (§2.1.3.1) and consistency proofs
 * (§2.1.4.1) for any size up to the current one, and tiles and entry bundles as served by the C2SP tlog-tiles API.
 */
@Component
public class LogReader {

	private final TileRepository tiles;
	private final TileCache cache;
	private final TreeHasher hasher;
	private final TreeStateRepository state;
	private final EntryRepository entries;

	LogReader(TileRepository tiles, TileCache cache, TreeHasher hasher, TreeStateRepository state,
			EntryRepository entries) {
		this.entries = entries;
		this.tiles = tiles;
		this.cache = cache;
		this.hasher = hasher;
		this.state = state;
	}

	/** The current size of the tree. */
	public long size() {
		return state.read().size();
	}

	public TreeHasher hasher() {
		return hasher;
	}

	/** The first entry with this leaf hash. */
	public Optional<LedgerEntry> entryByLeafHash(byte[] leafHash) {
		return entries.findByLeafHash(leafHash);
	}

	/** The entries anchoring content with this SHA-256, of any type, in index order. */
	public List<LedgerEntry> entriesBySha256(byte[] sha256) {
		return entries.findBySha256(sha256);
	}

	public byte[] root(long size) {
		return generator().root(size);
	}

	public List<byte[]> inclusion(long index, long size) {
		return generator().inclusion(index, size);
	}

	public List<byte[]> consistency(long from, long to) {
		return generator().consistency(from, to);
	}

	/**
	 * Tile {@code level/index} as of a tree of {@code width} hashes in it (256 for a full tile), if the current tree
	 * has that many: a partial tile a client asks for as of its checkpoint is served by truncating the stored one.
	 */
	public Optional<byte[]> tile(int level, long index, int width) {
		if (!exists(level, index, width)) {
			return Optional.empty();
		}
		return tiles.tile(level, index).filter(t -> t.width() >= width).map(t -> t.truncated(width));
	}

	/** Entry bundle {@code index} with its first {@code width} entries, if the current tree has that many. */
	public Optional<byte[]> bundle(long index, int width) {
		if (!exists(0, index, width)) {
			return Optional.empty();
		}
		return tiles.bundle(index).map(b -> b.truncated(width));
	}

	// bundle N has as many entries as level-0 tile N has hashes
	private boolean exists(int level, long index, int width) {
		long size = size();
		try {
			return TileMath.tile(level, index, size).width() >= width;
		}
		catch (IllegalArgumentException beyondTheTree) {
			return false;
		}
	}

	private ProofGenerator generator() {
		return new ProofGenerator(hasher, new TileHashSource(tiles, cache, hasher));
	}
}
