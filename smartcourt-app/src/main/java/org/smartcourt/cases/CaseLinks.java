package org.smartcourt.cases;

/**
 * 关联案件 for modules that create cases: a 二审 (民终) or 再审 (民再/民申) case registered from an appeal or a retrial
 * petition is linked to the case it reviews right after {@link CaseRegistry#register}, in the same transaction, so
 * {@link RegisterCase} stays as it is.
 */
public interface CaseLinks {

	/**
	 * Links {@code later} to the earlier case named by its 案号, as an earlier instance (上诉) or, for a 民再/民申
	 * case, as a retrial of it; records a court-only docket entry. Joins the caller's transaction.
	 *
	 * @throws org.smartcourt.shared.DomainException (invalid input) for a malformed 案号; (not found) when no case has
	 *         that number.
	 */
	void linkToEarlierCase(CaseId later, String earlierCaseNumber);
}
