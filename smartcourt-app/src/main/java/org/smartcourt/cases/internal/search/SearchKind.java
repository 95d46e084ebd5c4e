package org.smartcourt.cases.internal.search;

/** What a search text was read as: a 案号, an identity number (身份证号码 or 统一社会信用代码), or a party's name. */
public enum SearchKind {

	CASE_NUMBER, ID_NUMBER, PARTY_NAME;

	public String labelKey() {
		return "case.search.kind." + name();
	}
}
