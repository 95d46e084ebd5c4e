package org.smartcourt.storage.internal;

import java.time.Instant;
import java.util.List;

/**
 * What a {@link StorageScrub} run found (存储巡检报告). The lists name at most {@value #MAX_LISTED} hashes each; the
 * counts are exact.
 *
 * @param checked how many stored files were read back.
 * @param missingCount how many files recorded in {@code stored_file} the store no longer has; {@code missing} names
 *        them.
 * @param corruptCount how many files no longer hash to their SHA-256 (altered or damaged); {@code corrupt} names them.
 * @param unreadableCount how many files the store failed to deliver (I/O or object-storage errors);
 *        {@code unreadable} names them.
 */
public record ScrubReport(Instant startedAt, Instant finishedAt, long checked, long missingCount,
		List<String> missing, long corruptCount, List<String> corrupt, long unreadableCount, List<String> unreadable) {

	static final int MAX_LISTED = 1000;

	public ScrubReport {
		missing = List.copyOf(missing);
		corrupt = List.copyOf(corrupt);
		unreadable = List.copyOf(unreadable);
	}

	/** Whether every stored file was there and whole. */
	public boolean intact() {
		return missingCount == 0 && corruptCount == 0 && unreadableCount == 0;
	}
}
