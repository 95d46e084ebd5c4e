package org.smartcourt.cases.internal.closing;

import java.util.List;
import java.util.Set;

/**
 * 结案方式, a row of {@code reference/cases/closing-methods.csv}.
 *
 * @param typeCodes the 类型代字 it applies to (民初, 民终…).
 * @param requiredDocuments the kinds that must be on record; the first is the closing document the date rule reads.
 * @param statisticGroup where the 审判质效 statistics count it.
 */
public record ClosingMethod(String code, String name, Set<String> typeCodes, List<DocumentKind> requiredDocuments,
		ClosingDateRule dateRule, String statisticGroup) {

	public ClosingMethod {
		typeCodes = Set.copyOf(typeCodes);
		requiredDocuments = List.copyOf(requiredDocuments);
	}

	public boolean appliesTo(String typeCode) {
		return typeCodes.contains(typeCode);
	}

	public DocumentKind closingDocument() {
		return requiredDocuments.get(0);
	}
}
