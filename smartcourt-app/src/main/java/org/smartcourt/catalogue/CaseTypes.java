package org.smartcourt.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The case-type catalogue (案件类型及其代字), as valid on a given day. */
public interface CaseTypes {

	Optional<CaseCategory> category(String code, LocalDate on);

	/** The categories in force on that day, without group headers, in code order. */
	List<CaseCategory> categories(LocalDate on);

	/** Whether the 专门审判代字 exists (the only one known is 知, from 2019-01-01 under 法〔2018〕335号). */
	boolean isSpecialTrialCode(String code, LocalDate on);
}
