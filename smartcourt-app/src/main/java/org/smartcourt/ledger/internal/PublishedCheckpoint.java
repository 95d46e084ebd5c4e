package org.smartcourt.ledger.internal;

import java.time.Instant;

import org.smartcourt.ledger.core.note.SignedNote;

/** A checkpoint as published: its size, root, the signed and cosigned note, and when. */
public record PublishedCheckpoint(long size, byte[] root, SignedNote note, Instant publishedAt) {
}
