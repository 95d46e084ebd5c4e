package org.smartcourt.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.ledger.core.TileMath;
import org.springframework.stereotype.Component;

/** Appends a batch of canonical leaves to the stored entry bundles (C2SP tlog-tiles "entry bundles"). */
@Component
class BundleWriter {

	private final TileRepository tiles;

	BundleWriter(TileRepository tiles) {
		this.tiles = tiles;
	}

	void append(long oldSize, List<byte[]> leaves) {
		List<EntryBundle> touched = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		long bundleIndex = oldSize / TileMath.TILE_WIDTH;
		int count = (int) (oldSize % TileMath.TILE_WIDTH);
		EntryBundle bundle = count == 0 ? EntryBundle.empty(bundleIndex) : partial(bundleIndex, count);
		List<byte[]> pending = new ArrayList<>();
		for (byte[] leaf : leaves) {
			pending.add(leaf);
			if (++count == TileMath.TILE_WIDTH) {
				touched.add(bundle.append(pending));
				counts.add(count);
				pending.clear();
				count = 0;
				bundle = EntryBundle.empty(++bundleIndex);
			}
		}
		if (!pending.isEmpty()) {
			touched.add(bundle.append(pending));
			counts.add(count);
		}
		tiles.saveBundles(touched, counts);
	}

	private EntryBundle partial(long index, int count) {
		EntryBundle stored = tiles.bundle(index)
			.orElseThrow(() -> new IllegalStateException("partial entry bundle " + index + " is missing"));
		return new EntryBundle(index, stored.truncated(count));
	}
}
