package org.smartcourt.storage.internal;

import java.time.Clock;
import java.util.Optional;

import org.smartcourt.storage.FileStored;
import org.smartcourt.storage.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The metadata side every store shares: once the bytes are safely kept, records the file in {@code stored_file} and,
 * for content new to the store, publishes {@link FileStored}, both in one transaction (the caller's, if any), so
 * listeners that run after commit always see the row.
 */
final class FileCatalogue {

	private static final int MAX_NAME_LENGTH = 255;

	private final StoredFileRepository files;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final TransactionOperations transactions;

	FileCatalogue(StoredFileRepository files, Clock clock, ApplicationEventPublisher events,
			TransactionOperations transactions) {
		this.files = files;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
	}

	StoredFile register(ValidUpload upload, String originalName) {
		StoredFile file = new StoredFile(upload.sha256().hex(), upload.size(), upload.type(),
				displayName(originalName, upload.sha256()));
		transactions.executeWithoutResult(status -> {
			if (files.remember(file, clock.instant())) {
				events.publishEvent(new FileStored(file.sha256(), upload.sm3(), file.size(), upload.type()));
			}
		});
		return file;
	}

	Optional<StoredFile> find(String sha256) {
		return Sha256.isValid(sha256) ? files.find(new Sha256(sha256)) : Optional.empty();
	}

	/** Browsers may send a full client path ({@code C:\fakepath\x.pdf}); only the last segment is a name. */
	private static String displayName(String originalName, Sha256 sha256) {
		if (originalName == null || originalName.isBlank()) {
			return sha256.hex();
		}
		String name = originalName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.isEmpty()) {
			return sha256.hex();
		}
		return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
	}
}
