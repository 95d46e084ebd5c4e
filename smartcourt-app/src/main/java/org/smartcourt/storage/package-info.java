/**
 * Storage: files people submit (complaints, identity documents, evidence), kept by content (SHA-256) behind an
 * interface (local disk, or an S3-compatible bucket for several nodes), checked before acceptance for size, for their
 * real type by content (never by name) and, where configured, by a virus scanner (ClamAV); read back verified
 * against their hash, and scrubbed on demand.
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.storage;
