package org.smartcourt.storage;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/** Keeps files by content. Storing the same bytes twice keeps one copy. */
public interface FileStore {

	/**
	 * Checks and stores a file.
	 *
	 * @param allowed the types acceptable here; the content decides the type, not the name.
	 * @throws org.smartcourt.shared.DomainException {@code INVALID_INPUT} with a field problem on {@code field} when the
	 *         file is empty, too large, of a type not allowed, unrecognisable, or an encrypted or corrupt PDF.
	 */
	StoredFile store(String field, String originalName, InputStream content, Set<DocumentType> allowed);

	/**
	 * The content, checked against its SHA-256 while read; empty when no such file is stored. Reading to the end
	 * throws {@link FileIntegrityException} when the bytes on disk no longer match the hash.
	 */
	Optional<InputStream> open(String sha256);

	/** What is known about a stored file (its first original name); empty when no such file is stored. */
	Optional<StoredFile> find(String sha256);
}
