package org.smartcourt.cases.internal.closing;

import java.time.LocalDate;

import org.smartcourt.cases.Audience;

/**
 * A document to record: its facts, with or without the signed PDF.
 *
 * @param number 文书编号, optional.
 * @param title e.g. 民事判决书; {@literal null} for the kind's name.
 * @param visibility {@link Audience#PARTIES} or {@link Audience#COURT}; {@literal null} for parties.
 */
public record NewDocument(DocumentKind kind, String number, String title, LocalDate signedOn, Audience visibility) {
}
