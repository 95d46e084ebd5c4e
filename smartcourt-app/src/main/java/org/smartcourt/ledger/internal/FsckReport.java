package org.smartcourt.ledger.internal;

import java.util.List;

/**
 * What {@link LedgerFsck} found: the size checked, how many entries and tiles it recomputed, and every inconsistency
 * (empty when the log is sound).
 */
public record FsckReport(long size, long entriesChecked, long tilesChecked, List<String> problems) {

	public boolean ok() {
		return problems.isEmpty();
	}
}
