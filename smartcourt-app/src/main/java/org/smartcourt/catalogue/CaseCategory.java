package org.smartcourt.catalogue;

import java.time.LocalDate;

/**
 * One entry of the case-type standard: a 4-digit 案件类型代码 (e.g. {@code 0301} 民事一审) and the 类型代字 its case
 * numbers carry (e.g. {@code 民初}). Several categories may share a 类型代字 (0310–0322 are all 民特).
 *
 * @param code the 4-digit category code.
 * @param name the Chinese name.
 * @param typeCode the 类型代字 (at most 3 Chinese characters), or {@literal null} for a group header (codes ending 00).
 * @param group the 4-digit code of its group (e.g. {@code 0300} 民事).
 * @param validFrom first day the category may be used.
 * @param validTo last day it may be used, or {@literal null} while current.
 */
public record CaseCategory(String code, String name, String typeCode, String group, LocalDate validFrom,
		LocalDate validTo) {

	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public boolean isGroupHeader() {
		return typeCode == null;
	}
}
