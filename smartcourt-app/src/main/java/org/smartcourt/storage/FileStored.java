package org.smartcourt.storage;

/**
 * Published when content new to the store has been stored (not when the same bytes are stored again), inside the
 * storing transaction; listeners run after it commits. The evidence ledger anchors the file by these digests.
 *
 * @param sha256 lower-case hex SHA-256 of the content: the file's identity.
 * @param sm3 lower-case hex SM3 (GB/T 32905) of the content.
 * @param size bytes.
 * @param type what the content really is.
 */
public record FileStored(String sha256, String sm3, long size, DocumentType type) {
}
