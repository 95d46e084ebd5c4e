package org.smartcourt.ledger.internal;

import java.util.List;

/**
 * What {@link LedgerFsck} found: the size checked, how many entries and tiles it recomputed, and every inconsistency
 * (empty when the log is sound).
 */
public record FsckReport(boolean ok, long size, long entriesChecked, long tilesChecked, List<String> problems) {

	static FsckReport of(long size, long entriesChecked, long tilesChecked, List<String> problems) {
		return new FsckReport(problems.isEmpty(), size, entriesChecked, tilesChecked, List.copyOf(problems));
	}
}
