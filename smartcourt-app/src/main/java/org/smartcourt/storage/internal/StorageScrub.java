package org.smartcourt.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.storage.FileIntegrityException;
import org.smartcourt.storage.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 存储巡检 (scrub): reads back every file recorded in {@code stored_file} from the configured store (local disk or S3)
 * and re-hashes it against its SHA-256, reporting the files that are missing, corrupt (no longer hash right) or could
 * not be read at all. It repairs nothing: a damaged file is replaced when the same content is stored again, or from
 * backup. Reads everything, so it takes as long as reading the whole store.
 */
@Service
public class StorageScrub {

	private static final Logger log = LoggerFactory.getLogger(StorageScrub.class);
	private static final int BATCH = 500;

	private final FileStore store;
	private final StoredFileRepository files;
	private final Clock clock;
	private final AuditTrail audit;
	private final TransactionOperations transactions;

	StorageScrub(FileStore store, StoredFileRepository files, Clock clock, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.files = files;
		this.clock = clock;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Checks every stored file and records the run in the audit trail. */
	public ScrubReport run() {
		Instant started = clock.instant();
		long checked = 0;
		Findings missing = new Findings();
		Findings corrupt = new Findings();
		Findings unreadable = new Findings();
		Sha256 after = null;
		List<Sha256> batch;
		while (!(batch = files.hashesAfter(after, BATCH)).isEmpty()) {
			for (Sha256 sha256 : batch) {
				checked++;
				switch (check(sha256)) {
					case MISSING -> missing.add(sha256);
					case CORRUPT -> corrupt.add(sha256);
					case UNREADABLE -> unreadable.add(sha256);
					case INTACT -> {
					}
				}
			}
			after = batch.get(batch.size() - 1);
		}
		ScrubReport report = new ScrubReport(started, clock.instant(), checked, missing.count, missing.listed,
				corrupt.count, corrupt.listed, unreadable.count, unreadable.listed);
		transactions.executeWithoutResult(status -> audit.success("storage.scrub", "storage",
				report.intact() ? "intact" : "damaged"));
		if (!report.intact()) {
			log.error("storage scrub: {} missing, {} corrupt, {} unreadable of {} files", missing.count,
					corrupt.count, unreadable.count, checked);
		}
		return report;
	}

	private Outcome check(Sha256 sha256) {
		try {
			Optional<InputStream> content = store.open(sha256.hex());
			if (content.isEmpty()) {
				return Outcome.MISSING;
			}
			try (InputStream in = content.get()) {
				in.transferTo(java.io.OutputStream.nullOutputStream());
			}
			return Outcome.INTACT;
		}
		catch (FileIntegrityException ex) {
			return Outcome.CORRUPT;
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("storage scrub could not read {}", sha256.hex(), ex);
			return Outcome.UNREADABLE;
		}
	}

	/** A report listing millions of hashes helps nobody: the first ones are named, all are counted. */
	private static final class Findings {

		private final List<String> listed = new ArrayList<>();
		private long count;

		void add(Sha256 sha256) {
			count++;
			if (listed.size() < ScrubReport.MAX_LISTED) {
				listed.add(sha256.hex());
			}
		}
	}

	private enum Outcome {
		INTACT, MISSING, CORRUPT, UNREADABLE
	}
}
