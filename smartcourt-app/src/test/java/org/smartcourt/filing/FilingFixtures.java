package org.smartcourt.filing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.accounts.ResidentIdNumber;

/** Realistic filing bodies for the tests: a 民间借贷 suit by 李明 against 王五 of 长春市朝阳区. */
public final class FilingFixtures {

	static final String LOAN_CAUSE = "4.10.103.3";
	static final String PLAINTIFF_ID = valid("22010219850315121");
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private FilingFixtures() {
	}

	static String valid(String first17) {
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	static Map<String, Object> party(String role, String name, String idNumber, String address) {
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

	public static Map<String, Object> loanSuit(String targetCourt, String receivingCourt) {
		Map<String, Object> body = new HashMap<>();
		body.put("targetCourt", targetCourt);
		body.put("receivingCourt", receivingCourt);
		body.put("kind", "CIVIL");
		body.put("procedure", "SIMPLE");
		body.put("causeCode", LOAN_CAUSE);
		body.put("parties", new ArrayList<>(List.of(party("PLAINTIFF", "李明", PLAINTIFF_ID, "吉林省长春市南关区人民大街1号"),
				party("DEFENDANT", "王五", null, "吉林省长春市朝阳区西安大路100号"))));
		body.put("claims", List.of(Map.of("text", "判令被告偿还借款本金100000元", "amountFen", 10_000_000L),
				Map.of("text", "判令被告承担本案诉讼费用")));
		body.put("factsAndReasons", "2025年3月1日，被告向原告借款100000元，约定于2025年12月31日前归还，到期未还。");
		body.put("evidence", List.of(Map.of("name", "借条", "source", "原告持有", "purpose", "证明借贷关系")));
		body.put("attachments", List.of());
		return body;
	}
}
