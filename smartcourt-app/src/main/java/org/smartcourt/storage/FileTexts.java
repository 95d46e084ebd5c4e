package org.smartcourt.storage;

import java.util.Optional;

/**
 * The text extracted from stored documents, for search (电子卷宗 full-text search). Extraction runs after a file is
 * stored, so the text may appear a moment later; files without a text layer (images, scans without OCR) have none.
 */
public interface FileTexts {

	/** The extracted text of the file with this SHA-256 (lower-case hex), if any. */
	Optional<String> textOf(String sha256);
}
