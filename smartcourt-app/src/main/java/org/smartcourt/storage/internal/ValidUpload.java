package org.smartcourt.storage.internal;

import org.smartcourt.storage.DocumentType;

/**
 * A received file that passed {@link UploadValidation}, still in its temporary file.
 *
 * @param sm3 lower-case hex SM3 (GB/T 32905) of the content.
 */
record ValidUpload(Sha256 sha256, String sm3, long size, DocumentType type) {
}
