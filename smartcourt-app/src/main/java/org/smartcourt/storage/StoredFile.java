package org.smartcourt.storage;

/**
 * A stored file as the rest of the system refers to it.
 *
 * @param sha256 lower-case hex SHA-256 of the content: the file's identity.
 * @param size bytes.
 * @param type what the content really is.
 * @param originalName the name it was uploaded with (for display only).
 */
public record StoredFile(String sha256, long size, DocumentType type, String originalName) {
}
