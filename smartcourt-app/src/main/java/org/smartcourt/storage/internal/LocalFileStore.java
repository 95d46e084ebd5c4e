package org.smartcourt.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.FileStored;
import org.smartcourt.storage.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

/**
 * {@link FileStore} on the local disk: the content of a file lives at {@code <root>/<first 2 hex>/<sha256>}, its
 * metadata in {@code stored_file}.
 * <p>
 * A file is received into {@code <root>/.incoming} (hashed and counted while it streams in, so an oversized upload is
 * cut off at the limit and never held in memory), flushed to disk, checked, and then renamed into place atomically:
 * the directory it belongs in is only known once the hash is, and {@code .incoming} lies under the same root, hence
 * on the same file system, so the rename is atomic and a reader never sees a half-written file. Storing content that
 * is already there keeps the existing copy (after checking it still hashes right; a damaged copy is replaced). A file renamed into place whose database transaction then rolls back
 * stays on disk unreferenced; it is the same content whoever stores it next, so it does no harm.
 */
class LocalFileStore implements FileStore {

	private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);
	private static final long MEGABYTE = DataSize.ofMegabytes(1).toBytes();
	private static final int MAX_NAME_LENGTH = 255;

	private final Path root;
	private final DataSize maxSize;
	private final StoredFileRepository files;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final TransactionOperations transactions;
	private final ContentInspector inspector = new ContentInspector();
	private final PdfCheck pdfCheck = new PdfCheck();

	LocalFileStore(Path root, DataSize maxSize, StoredFileRepository files, Clock clock) {
		this(root, maxSize, files, clock, event -> {
		}, TransactionOperations.withoutTransaction());
	}

	/**
	 * @param events receives a {@link FileStored} for content new to the store.
	 * @param transactions the metadata row and the event are written in one transaction (the caller's, if any), so
	 *        listeners that run after commit always see it.
	 */
	LocalFileStore(Path root, DataSize maxSize, StoredFileRepository files, Clock clock, ApplicationEventPublisher events,
			TransactionOperations transactions) {
		this.root = root.toAbsolutePath().normalize();
		this.maxSize = maxSize;
		this.files = files;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
	}

	/** Does not close {@code content}: whoever opened it does. */
	@Override
	public StoredFile store(String field, String originalName, InputStream content, Set<DocumentType> allowed) {
		try {
			Path incoming = Files.createDirectories(root.resolve(".incoming"));
			Path temp = Files.createTempFile(incoming, "upload-", ".part");
			try {
				Received received = receive(field, content, temp);
				DocumentType type = check(field, temp, allowed);
				placeAt(temp, received);
				StoredFile file = new StoredFile(received.sha256().hex(), received.size(), type,
						displayName(originalName, received.sha256()));
				transactions.executeWithoutResult(status -> {
					if (files.remember(file, clock.instant())) {
						events.publishEvent(new FileStored(file.sha256(), received.sm3(), file.size(), type));
					}
				});
				return file;
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
		return Sha256.isValid(sha256) ? files.find(new Sha256(sha256)) : Optional.empty();
	}

	private Received receive(String field, InputStream content, Path temp) throws IOException {
		MessageDigest digest = Sha256.newDigest();
		SM3Digest sm3 = new SM3Digest();
		long size = 0;
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = content.read(buffer)) != -1) {
				size += n;
				if (size > maxSize.toBytes()) {
					throw FileRejection.TOO_LARGE.on(field, readable(maxSize));
				}
				digest.update(buffer, 0, n);
				sm3.update(buffer, 0, n);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
			}
			out.force(true);
		}
		if (size == 0) {
			throw FileRejection.EMPTY.on(field);
		}
		byte[] sm3Hash = new byte[sm3.getDigestSize()];
		sm3.doFinal(sm3Hash, 0);
		return new Received(new Sha256(HexFormat.of().formatHex(digest.digest())), HexFormat.of().formatHex(sm3Hash),
				size);
	}

	private DocumentType check(String field, Path temp, Set<DocumentType> allowed) throws IOException {
		DocumentType type = inspector.identify(temp)
			.filter(allowed::contains)
			.orElseThrow(() -> FileRejection.UNSUPPORTED_TYPE.on(field, labels(allowed)));
		if (type == DocumentType.PDF) {
			Optional<FileRejection> problem = pdfCheck.problem(temp);
			if (problem.isPresent()) {
				throw problem.get().on(field);
			}
		}
		return type;
	}

	private void placeAt(Path temp, Received received) throws IOException {
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

	private static String labels(Set<DocumentType> allowed) {
		return allowed.stream()
			.sorted(Comparator.naturalOrder())
			.map(DocumentType::label)
			.collect(Collectors.joining("、"));
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB" : size.toKilobytes() + " KB";
	}

	private record Received(Sha256 sha256, String sm3, long size) {
	}
}
