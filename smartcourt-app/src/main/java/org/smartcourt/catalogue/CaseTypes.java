package org.smartcourt.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The case-type catalogue (案件类型及其代字), as valid on a given day. */
public interface CaseTypes {

	Optional<CaseCategory> category(String code, LocalDate on);

	/** The categories in force on that day, without group headers, in code order. */
	List<CaseCategory> categories(LocalDate on);

	/** Whether the 专门审判代字 exists (the only one known is 知, from 2019-01-01 under 法〔2018〕335号). */
	boolean isSpecialTrialCode(String code, LocalDate on);

	/**
	 * Every 类型代字 the catalogue has ever had, whatever its validity: reading an old case number needs the codes of
	 * its time (e.g. 民特 for a pre-suit judicial confirmation before 2022).
	 */
	Set<String> typeCodes();

	/** Every 专门审判代字 the catalogue has ever had. */
	Set<String> specialTrialCodes();

	/** Whether some category in force on that day carries the 类型代字 (e.g. 民初, 刑核). */
	boolean isTypeCodeInForce(String typeCode, LocalDate on);
}
