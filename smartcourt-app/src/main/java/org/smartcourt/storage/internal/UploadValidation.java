package org.smartcourt.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.storage.DocumentType;
import org.springframework.util.unit.DataSize;

/**
 * What every store does before it accepts a file, whatever it keeps the bytes on: receives the upload into a
 * temporary file (hashed with SHA-256 and SM3 and counted while it streams in, so an oversized upload is cut off at
 * the limit and never held in memory), then checks it is not empty, of an allowed type by its content, not an
 * encrypted or truncated PDF, and clean by the virus scanner. Any refusal is a {@link FileRejection} on the field.
 */
final class UploadValidation {

	private static final Logger log = LoggerFactory.getLogger(UploadValidation.class);
	private static final long MEGABYTE = DataSize.ofMegabytes(1).toBytes();

	private final DataSize maxSize;
	private final VirusScanner scanner;
	private final ContentInspector inspector = new ContentInspector();
	private final PdfCheck pdfCheck = new PdfCheck();

	UploadValidation(DataSize maxSize, VirusScanner scanner) {
		this.maxSize = maxSize;
		this.scanner = scanner;
	}

	/**
	 * Receives {@code content} into {@code temp} (which the caller created and deletes) and checks it.
	 *
	 * @throws org.smartcourt.shared.DomainException a {@link FileRejection} on {@code field}.
	 */
	ValidUpload accept(String field, InputStream content, Path temp, Set<DocumentType> allowed) throws IOException {
		Received received = receive(field, content, temp);
		DocumentType type = typeOf(field, temp, allowed);
		scan(field, temp, received.sha256());
		return new ValidUpload(received.sha256(), received.sm3(), received.size(), type);
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

	private DocumentType typeOf(String field, Path temp, Set<DocumentType> allowed) throws IOException {
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

	private void scan(String field, Path temp, Sha256 sha256) throws IOException {
		ScanResult result;
		try (InputStream in = Files.newInputStream(temp)) {
			result = scanner.scan(in);
		}
		if (result instanceof ScanResult.Infected infected) {
			log.warn("refused file {}: virus scanner found {}", sha256.hex(), infected.signature());
			throw FileRejection.INFECTED.on(field, infected.signature());
		}
		if (result instanceof ScanResult.Failed failed) {
			log.error("refused file {}: virus scan failed: {}", sha256.hex(), failed.reason());
			throw FileRejection.SCAN_FAILED.on(field);
		}
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
