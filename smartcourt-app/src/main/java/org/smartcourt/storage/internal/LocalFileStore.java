package org.smartcourt.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

/**
 * {@link FileStore} on the local disk: the content of a file lives at {@code <root>/<first 2 hex>/<sha256>}, its
 * metadata in {@code stored_file}.
 * <p>
 * A file is received into {@code <root>/.incoming} and checked there by {@link UploadValidation}, then renamed into
 * place atomically: the directory it belongs in is only known once the hash is, and {@code .incoming} lies under the
 * same root, hence on the same file system, so the rename is atomic and a reader never sees a half-written file.
 * Storing content that is already there keeps the existing copy (after checking it still hashes right; a damaged
 * copy is replaced). A file renamed into place whose database transaction then rolls back stays on disk
 * unreferenced; it is the same content whoever stores it next, so it does no harm.
 */
class LocalFileStore implements FileStore {

	private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);

	private final Path root;
	private final UploadValidation validation;
	private final FileCatalogue catalogue;

	/** Without virus scanning, events or transactions: for tests of the store itself. */
	LocalFileStore(Path root, DataSize maxSize, StoredFileRepository files, Clock clock) {
		this(root, new UploadValidation(maxSize, VirusScanner.NONE), new FileCatalogue(files, clock, event -> {
		}, TransactionOperations.withoutTransaction()));
	}

	LocalFileStore(Path root, UploadValidation validation, FileCatalogue catalogue) {
		this.root = root.toAbsolutePath().normalize();
		this.validation = validation;
		this.catalogue = catalogue;
	}

	/** Does not close {@code content}: whoever opened it does. */
	@Override
	public StoredFile store(String field, String originalName, InputStream content, Set<DocumentType> allowed) {
		try {
			Path incoming = Files.createDirectories(root.resolve(".incoming"));
			Path temp = Files.createTempFile(incoming, "upload-", ".part");
			try {
				ValidUpload upload = validation.accept(field, content, temp, allowed);
				placeAt(temp, upload);
				return catalogue.register(upload, originalName);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store file", ex);
		}
	}

	@Override
	public Optional<InputStream> open(String sha256) {
		if (!Sha256.isValid(sha256)) {
			return Optional.empty();
		}
		Path path = pathOf(new Sha256(sha256));
		try {
			return Optional.of(new VerifyingInputStream(Files.newInputStream(path), sha256));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not open stored file " + sha256, ex);
		}
	}

	@Override
	public Optional<StoredFile> find(String sha256) {
		return catalogue.find(sha256);
	}

	private void placeAt(Path temp, ValidUpload received) throws IOException {
		Path target = pathOf(received.sha256());
		if (Files.isRegularFile(target)) {
			if (Files.size(target) == received.size() && hashOf(target).equals(received.sha256())) {
				return;
			}
			log.warn("stored file {} was damaged on disk; replacing it with the content just received", target);
		}
		Path directory = Files.createDirectories(target.getParent());
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("the storage root must be one file system: " + root, ex);
		}
		syncDirectory(directory);
	}

	private static Sha256 hashOf(Path file) throws IOException {
		MessageDigest digest = Sha256.newDigest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) != -1) {
				digest.update(buffer, 0, n);
			}
		}
		return new Sha256(HexFormat.of().formatHex(digest.digest()));
	}

	/** Makes the rename itself durable. Not every platform can open a directory (Windows cannot); that is tolerated. */
	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			log.debug("could not fsync directory {}", directory, ex);
		}
	}

	private Path pathOf(Sha256 sha256) {
		return root.resolve(sha256.shard()).resolve(sha256.hex());
	}
}
