package org.smartcourt.ledger.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcourt.ledger.core.TileMath;

/**
 * A C2SP tlog-tiles resource path below {@code /ledger/tile/}: {@code <L>/<N>[.p/<W>]} or
 * {@code entries/<N>[.p/<W>]}, with N in the {@code x001/x234/067} form. Parsing is strict: exactly the path that
 * {@link TileMath.Tile#path()} would produce, so every resource has one URL (and one cache entry).
 *
 * @param level the tile level, or {@link TileMath#ENTRIES_LEVEL} for an entry bundle.
 * @param width 256 for a full tile, 1–255 for {@code .p/W}.
 */
record TilePath(int level, long index, int width) {

	private static final Pattern PATH = Pattern
		.compile("(entries|0|[1-9][0-9]?)/((?:x[0-9]{3}/)*)([0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

	static Optional<TilePath> parse(String path) {
		Matcher m = PATH.matcher(path);
		if (!m.matches()) {
			return Optional.empty();
		}
		int level = "entries".equals(m.group(1)) ? TileMath.ENTRIES_LEVEL : Integer.parseInt(m.group(1));
		String prefix = m.group(2);
		if (prefix.length() > 6 * 6 || prefix.startsWith("x000/")) {
			return Optional.empty();
		}
		long index = Long.parseLong(prefix.replace("x", "").replace("/", "") + m.group(3));
		int width = m.group(4) == null ? TileMath.TILE_WIDTH : Integer.parseInt(m.group(4));
		if ((m.group(4) != null && width >= TileMath.TILE_WIDTH) || level > 7) {
			return Optional.empty();
		}
		return Optional.of(new TilePath(level, index, width));
	}

	boolean isEntries() {
		return level == TileMath.ENTRIES_LEVEL;
	}

	boolean isPartial() {
		return width < TileMath.TILE_WIDTH;
	}
}
