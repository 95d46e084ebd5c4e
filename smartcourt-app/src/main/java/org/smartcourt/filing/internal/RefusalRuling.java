package org.smartcourt.filing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;

/**
 * The text of a ruling refusing a filing: 不予受理 of a civil suit (民事诉讼法 arts. 122, 126), 不予立案 of an
 * administrative suit (行政诉讼法 art. 51 para. 2: the ruling states the reasons) and 不予受理 of a private prosecution,
 * each with the appeal it allows (民事诉讼法 art. 171, 行政诉讼法 art. 85: ten days; 刑事诉讼法 art. 230: five days).
 */
final class RefusalRuling {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private RefusalRuling() {
	}

	static String text(Filing filing, String courtName, String appealCourtName, String reasons, LocalDate today) {
		FilingKind kind = filing.content().kind();
		String applicants = filing.content()
			.partiesIn(PartyRole.PLAINTIFF)
			.stream()
			.map(p -> p.displayName())
			.collect(Collectors.joining("、"));
		String title = switch (kind) {
			case ADMINISTRATIVE -> "行 政 裁 定 书";
			case PRIVATE_PROSECUTION -> "刑 事 裁 定 书";
			default -> "民 事 裁 定 书";
		};
		String who = kind == FilingKind.PRIVATE_PROSECUTION ? "自诉人" : "起诉人";
		String received = filing.receivedOn().map(DATE::format).orElse(DATE.format(today));
		String basis = switch (kind) {
			case ADMINISTRATIVE -> "依照《中华人民共和国行政诉讼法》第四十九条、第五十一条第二款的规定";
			case PRIVATE_PROSECUTION -> "依照《中华人民共和国刑事诉讼法》第二百一十条、第二百一十一条的规定";
			default -> "依照《中华人民共和国民事诉讼法》第一百二十二条、第一百二十六条的规定";
		};
		String outcome = kind == FilingKind.ADMINISTRATIVE ? "对" + applicants + "的起诉，本院不予立案。"
				: "对" + applicants + "的" + (kind == FilingKind.PRIVATE_PROSECUTION ? "自诉" : "起诉") + "，本院不予受理。";
		String appeal = kind == FilingKind.PRIVATE_PROSECUTION
				? "如不服本裁定，可在接到裁定书的第二日起五日内，通过本院或者直接向" + appealCourtName + "提出上诉。"
				: "如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于" + appealCourtName + "。";
		return String.join("\n", courtName, title, "", who + "：" + applicants + "。", "",
				received + "，本院收到" + who + applicants + "的" + (kind == FilingKind.PRIVATE_PROSECUTION ? "自诉状" : "起诉状")
						+ "。本院经审查认为：" + reasons.trim(),
				"", basis + "，裁定如下：", "", outcome, "", appeal, "", DATE.format(today));
	}
}
