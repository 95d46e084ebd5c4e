package org.smartcourt.storage.internal;

import java.time.Instant;
import java.util.List;

/**
 * What a {@link StorageScrub} run found (存储巡检报告).
 *
 * @param checked how many stored files were read back.
 * @param missing hashes recorded in {@code stored_file} whose content the store no longer has.
 * @param corrupt hashes whose content no longer hashes to them (altered or damaged).
 * @param unreadable hashes the store failed to deliver (I/O or object-storage errors).
 */
public record ScrubReport(Instant startedAt, Instant finishedAt, long checked, List<String> missing,
		List<String> corrupt, List<String> unreadable) {

	public ScrubReport {
		missing = List.copyOf(missing);
		corrupt = List.copyOf(corrupt);
		unreadable = List.copyOf(unreadable);
	}

	/** Whether every stored file was there and whole. */
	public boolean intact() {
		return missing.isEmpty() && corrupt.isEmpty() && unreadable.isEmpty();
	}
}
