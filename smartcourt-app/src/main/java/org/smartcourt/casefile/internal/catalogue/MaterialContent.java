package org.smartcourt.casefile.internal.catalogue;

import java.io.InputStream;

import org.smartcourt.storage.StoredFile;

/** A material's file, opened for a reader who may see it; the caller closes {@code content}. */
public record MaterialContent(CaseMaterial material, StoredFile file, InputStream content) {
}
