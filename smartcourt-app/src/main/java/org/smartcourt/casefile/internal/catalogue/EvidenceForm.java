package org.smartcourt.casefile.internal.catalogue;

/**
 * 举证: what a party says of a piece of evidence (《民事诉讼证据规定》 art. 19: each item named, with its source and
 * what it is to prove). The page count is computed from the file, not asked.
 *
 * @param name 证据名称.
 * @param purpose 证明目的.
 */
public record EvidenceForm(String name, String purpose) {
}
