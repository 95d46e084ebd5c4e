package org.smartcourt.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.accounts.ResidentIdNumber;

/**
 * The body of a realistic online filing (网上立案) the benches submit through {@code POST /api/v1/filings}: a 民间借贷
 * suit of 100,000 元 by 李明 (the demo litigant) against a defendant, under the simple procedure.
 */
public final class LoanSuit {

	/** 李明's resident ID number, with its check character. */
	public static final String PLAINTIFF_ID = "22010219850315121" + ResidentIdNumber.checkCharacter("22010219850315121");

	private LoanSuit() {
	}

	/** The filing's JSON body before {@code court}, against {@code defendant}. */
	public static Map<String, Object> body(String court, String defendant) {
		Map<String, Object> body = new HashMap<>();
		body.put("targetCourt", court);
		body.put("receivingCourt", null);
		body.put("kind", "CIVIL");
		body.put("procedure", "SIMPLE");
		body.put("causeCode", "4.10.103.3");
		body.put("parties", List.of(party("PLAINTIFF", "李明", PLAINTIFF_ID, "吉林省长春市南关区人民大街1号"),
				party("DEFENDANT", defendant, null, "吉林省长春市朝阳区西安大路100号")));
		body.put("claims", List.of(Map.of("text", "判令被告偿还借款本金100000元", "amountFen", 10_000_000L),
				Map.of("text", "判令被告承担本案诉讼费用")));
		body.put("factsAndReasons", "2025年3月1日，被告向原告借款100000元，约定于2025年12月31日前归还，到期未还。");
		body.put("evidence", List.of(Map.of("name", "借条", "source", "原告持有", "purpose", "证明借贷关系")));
		body.put("attachments", List.of());
		return body;
	}

	private static Map<String, Object> party(String role, String name, String idNumber, String address) {
		Map<String, Object> party = new HashMap<>();
		party.put("role", role);
		party.put("type", "NATURAL_PERSON");
		party.put("name", name);
		party.put("idNumber", idNumber);
		party.put("address", address);
		party.put("phone", "13900000001");
		party.put("agents", List.of());
		return party;
	}
}
