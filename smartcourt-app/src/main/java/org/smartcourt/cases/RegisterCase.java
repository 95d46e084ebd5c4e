package org.smartcourt.cases;

import java.util.List;
import java.util.UUID;

import org.smartcourt.shared.CourtId;

/**
 * 立案: register a case at a court. The 案号 is issued from the court's 法院代字 (a 人民法庭 issues its basic
 * court's numbers), the category's 类型代字 and the 收案年度 of the registration day.
 *
 * @param categoryCode 4-digit 案件类型代码 in force on the registration day, e.g. {@code 0301}.
 * @param specialCode 专门审判代字 (知) or {@literal null}.
 * @param causeCode 案由 code, or {@literal null} where the case type has none.
 * @param filingId the online filing (网上立案) it came from, or {@literal null}.
 * @param title the parties and subject in one line, e.g. 张三诉李四民间借贷纠纷.
 * @param parties the parties and agents, numbered from 1; may be empty.
 * @param filerUsername the account that filed online, who may follow the case; or {@literal null}.
 */
public record RegisterCase(CourtId courtId, String categoryCode, String specialCode, Procedure procedure,
		String causeCode, UUID filingId, String title, List<CaseParty> parties, String filerUsername) {

	public RegisterCase {
		parties = parties == null ? List.of() : List.copyOf(parties);
	}

	/** A case without parties on record yet. */
	public RegisterCase(CourtId courtId, String categoryCode, String specialCode, Procedure procedure,
			String causeCode, UUID filingId, String title) {
		this(courtId, categoryCode, specialCode, procedure, causeCode, filingId, title, List.of(), null);
	}
}
