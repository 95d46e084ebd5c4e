package org.smartcourt.ledger.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.ledger.core.CompactRange;
import org.smartcourt.ledger.core.LedgerLeaf;
import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the whole log (ledger-reference §7.2, like Tessera's {@code cmd/fsck}): recomputes every leaf hash from the
 * entry bundles, every tile and the root from those, and compares them with the stored tiles, {@code ledger_entry}
 * and the tree state. Runs in one repeatable-read snapshot, so appends may continue meanwhile. Reads every bundle
 * once: linear in the log's size.
 */
@Component
public class LedgerFsck {

	private final TileRepository tiles;
	private final EntryRepository entries;
	private final TreeStateRepository state;
	private final TreeHasher hasher;
	private final TransactionTemplate snapshot;

	LedgerFsck(TileRepository tiles, EntryRepository entries, TreeStateRepository state,
			TreeHasher hasher, PlatformTransactionManager transactions) {
		this.tiles = tiles;
		this.entries = entries;
		this.state = state;
		this.hasher = hasher;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	public FsckReport run() {
		return snapshot.execute(status -> check());
	}

	private FsckReport check() {
		TreeState tree = state.read();
		long size = tree.size();
		List<String> problems = new ArrayList<>();
		CompactRange range = new CompactRange(hasher);
		List<Tile> building = new ArrayList<>();
		long[] tilesChecked = { 0 };
		long bundles = (size + TileMath.TILE_WIDTH - 1) / TileMath.TILE_WIDTH;
		for (long n = 0; n < bundles && problems.size() < 100; n++) {
			int expected = TileMath.entryBundle(n * TileMath.TILE_WIDTH, size).width();
			List<byte[]> leaves = leaves(n, expected, problems);
			List<byte[]> indexed = entries.leafHashes(n * TileMath.TILE_WIDTH, n * TileMath.TILE_WIDTH + expected);
			if (indexed.size() != expected) {
				problems.add("ledger_entry has " + indexed.size() + " rows for bundle " + n + ", not " + expected);
			}
			for (int i = 0; i < leaves.size(); i++) {
				byte[] leafHash = hasher.hashLeaf(leaves.get(i));
				if (i < indexed.size() && !MessageDigest.isEqual(leafHash, indexed.get(i))) {
					problems.add("entry " + (n * TileMath.TILE_WIDTH + i) + ": leaf hash in ledger_entry differs");
				}
				range.append(leafHash);
				push(0, leafHash, building, problems, tilesChecked);
			}
		}
		for (Tile partial : building) {
			if (partial.width() > 0) {
				compare(partial, problems);
				tilesChecked[0]++;
			}
		}
		if (range.size() != size) {
			problems.add("the bundles hold " + range.size() + " entries, the tree state says " + size);
		}
		else if (!MessageDigest.isEqual(range.root(), tree.root())) {
			problems.add("the root recomputed from the bundles differs from the stored root");
		}
		else if (!sameHashes(range.hashes(), tree.compactRange())) {
			problems.add("the stored compact range differs from the recomputed one");
		}
		long expectedTiles = TileMath.tiles(size).size();
		if (tiles.tileCount() != expectedTiles) {
			problems.add(tiles.tileCount() + " tiles are stored, a tree of " + size + " has " + expectedTiles);
		}
		if (tiles.bundleCount() != bundles) {
			problems.add(tiles.bundleCount() + " entry bundles are stored, a tree of " + size + " has " + bundles);
		}
		if (entries.count() != size) {
			problems.add("ledger_entry has " + entries.count() + " rows, the tree " + size + " entries");
		}
		return FsckReport.of(size, range.size(), tilesChecked[0], problems);
	}

	private static boolean sameHashes(List<byte[]> a, List<byte[]> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!MessageDigest.isEqual(a.get(i), b.get(i))) {
				return false;
			}
		}
		return true;
	}

	private List<byte[]> leaves(long n, int expected, List<String> problems) {
		try {
			EntryBundle bundle = tiles.bundle(n).orElse(EntryBundle.empty(n));
			List<byte[]> leaves = bundle.entries();
			if (leaves.size() != expected) {
				problems.add("entry bundle " + n + " has " + leaves.size() + " entries, not " + expected);
				return leaves.subList(0, Math.min(leaves.size(), expected));
			}
			for (int i = 0; i < leaves.size(); i++) {
				try {
					LedgerLeaf.parse(leaves.get(i));
				}
				catch (IllegalArgumentException ex) {
					problems.add("entry " + (n * TileMath.TILE_WIDTH + i) + " is not a canonical leaf: "
							+ ex.getMessage());
				}
			}
			return leaves;
		}
		catch (IllegalStateException ex) {
			problems.add("entry bundle " + n + " is malformed: " + ex.getMessage());
			return List.of();
		}
	}

	// building.get(level) is the tile of that level being recomputed
	private void push(int level, byte[] hash, List<Tile> building, List<String> problems, long[] checked) {
		if (building.size() == level) {
			building.add(Tile.empty(level, 0));
		}
		Tile tile = building.get(level).append(hash);
		if (!tile.isFull()) {
			building.set(level, tile);
			return;
		}
		compare(tile, problems);
		checked[0]++;
		building.set(level, Tile.empty(level, tile.index() + 1));
		push(level + 1, tile.root(hasher), building, problems, checked);
	}

	private void compare(Tile recomputed, List<String> problems) {
		String name = recomputed.level() + "/" + recomputed.index();
		tiles.tile(recomputed.level(), recomputed.index()).ifPresentOrElse(stored -> {
			if (!MessageDigest.isEqual(stored.nodes(), recomputed.nodes())) {
				problems.add("tile " + name + " differs from the one recomputed from the entries");
			}
		}, () -> problems.add("tile " + name + " is missing"));
	}
}
