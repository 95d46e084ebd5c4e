package org.smartcourt.ledger.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Tile arithmetic and paths of the C2SP tlog-tiles static read API.
 *
 * <p>A tile at tile level {@code L} and index {@code N} holds up to 256 hashes of Merkle level
 * {@code 8L}: the nodes {@code N*256 … N*256+255}, each the root of a perfect subtree of
 * {@code 256^L} leaves. A full tile has 256 hashes; a partial tile (1–255 hashes, path suffix
 * {@code .p/W}) exists only on the right edge and is never hashed into the level above. Entry
 * bundle {@code N} holds entries {@code N*256 … N*256+255}. Index path elements are zero-padded
 * to three digits and all but the last are prefixed with {@code x}, e.g. 1234067 →
 * {@code x001/x234/067}.
 */
public final class TileMath {

	/** Hashes (or entries) in a full tile (or bundle). */
	public static final int TILE_WIDTH = 256;
	/** Merkle levels covered by one tile level: 256 = 2^8. */
	public static final int TILE_HEIGHT = 8;

	/** Pseudo-level of entry bundles in {@link Tile}. */
	public static final int ENTRIES_LEVEL = -1;

	private TileMath() {
	}

	/** A tile (or, with {@link #ENTRIES_LEVEL}, an entry bundle) and how many hashes it holds. */
	public record Tile(int level, long index, int width) {

		public Tile {
			if (level < ENTRIES_LEVEL || index < 0 || width < 1 || width > TILE_WIDTH) {
				throw new IllegalArgumentException("invalid tile " + level + "/" + index + " width " + width);
			}
		}

		public boolean isPartial() {
			return width < TILE_WIDTH;
		}

		/** The path below the log prefix, e.g. {@code tile/0/x001/x234/067.p/8} or {@code tile/entries/000}. */
		public String path() {
			String lvl = level == ENTRIES_LEVEL ? "entries" : Integer.toString(level);
			return "tile/" + lvl + "/" + encodeIndex(index) + (isPartial() ? ".p/" + width : "");
		}
	}

	/** The position of a Merkle node inside a tile: the tile and the node's level and index within it. */
	public record NodeInTile(int tileLevel, long tileIndex, int levelInTile, int indexInTile) {
	}

	/** Encodes a tile or bundle index as tlog-tiles path elements: 1234067 → {@code x001/x234/067}. */
	public static String encodeIndex(long n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative index " + n);
		}
		String last = String.format("%03d", n % 1000);
		StringBuilder prefix = new StringBuilder();
		for (long rest = n / 1000; rest > 0; rest /= 1000) {
			prefix.insert(0, String.format("x%03d/", rest % 1000));
		}
		return prefix + last;
	}

	/** Where Merkle node {@code (level, index)} lives: the tile holding level {@code 8*floor(level/8)} below it. */
	public static NodeInTile locate(int level, long index) {
		if (level < 0 || index < 0) {
			throw new IllegalArgumentException("invalid node " + level + "/" + index);
		}
		int tileLevel = level / TILE_HEIGHT;
		int levelInTile = level % TILE_HEIGHT;
		int shift = TILE_HEIGHT - levelInTile;
		return new NodeInTile(tileLevel, index >>> shift, levelInTile, (int) (index & ((1L << shift) - 1)));
	}

	/**
	 * The number of hashes that tile {@code (level, index)} holds in a tree of {@code treeSize}
	 * leaves: 256 for a full tile, 1–255 for the partial tile at the right edge.
	 *
	 * @throws IllegalArgumentException if the tile has no hash yet at that size
	 */
	public static Tile tile(int level, long index, long treeSize) {
		if (level < 0) {
			throw new IllegalArgumentException("negative tile level " + level);
		}
		return new Tile(level, index, width(nodesAtTileLevel(level, treeSize), index));
	}

	/** The entry bundle holding entry {@code entryIndex} in a log of {@code treeSize} entries. */
	public static Tile entryBundle(long entryIndex, long treeSize) {
		if (entryIndex < 0 || entryIndex >= treeSize) {
			throw new IllegalArgumentException("need 0 <= entry < size: " + entryIndex + ", " + treeSize);
		}
		long n = entryIndex / TILE_WIDTH;
		return new Tile(ENTRIES_LEVEL, n, width(treeSize, n));
	}

	/** Every tile of a tree of {@code treeSize} leaves, level by level, full tiles then the partial one. */
	public static List<Tile> tiles(long treeSize) {
		List<Tile> out = new ArrayList<>();
		for (int level = 0; nodesAtTileLevel(level, treeSize) > 0; level++) {
			long count = nodesAtTileLevel(level, treeSize);
			for (long n = 0; n * TILE_WIDTH < count; n++) {
				out.add(new Tile(level, n, width(count, n)));
			}
		}
		return out;
	}

	// the complete nodes of Merkle level 8*level: partial tiles below never propagate upwards
	private static long nodesAtTileLevel(int level, long treeSize) {
		if (treeSize < 0) {
			throw new IllegalArgumentException("negative tree size " + treeSize);
		}
		return (long) level * TILE_HEIGHT >= 63 ? 0 : treeSize >>> (level * TILE_HEIGHT);
	}

	private static int width(long count, long tileIndex) {
		long remaining = count - tileIndex * TILE_WIDTH;
		if (remaining <= 0) {
			throw new IllegalArgumentException("tile " + tileIndex + " is empty with " + count + " nodes");
		}
		return (int) Math.min(TILE_WIDTH, remaining);
	}
}
