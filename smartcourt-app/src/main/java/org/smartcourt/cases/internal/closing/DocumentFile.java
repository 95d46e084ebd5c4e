package org.smartcourt.cases.internal.closing;

import java.io.InputStream;

import org.smartcourt.storage.StoredFile;

/** A document's PDF, opened for download: the caller closes the stream. */
public record DocumentFile(CaseDocument document, StoredFile file, InputStream content) {
}
