/**
 * Storage: files people submit (complaints, identity documents, evidence), kept by content (SHA-256) behind an
 * interface, checked for size and for their real type by content, never by name. Later issues add an S3-compatible
 * store and anchor every file in the evidence ledger.
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.storage;
