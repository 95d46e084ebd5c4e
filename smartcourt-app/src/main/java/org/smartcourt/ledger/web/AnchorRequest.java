package org.smartcourt.ledger.web;

/**
 * A digest pair to anchor: the entry type's wire name, SHA-256 and SM3 of the content (hex or base64), and an opaque
 * reference (no personal data; 1–200 printable characters without spaces).
 */
record AnchorRequest(String type, String sha256, String sm3, String reference) {
}
