package org.smartcourt.filing;

import java.util.stream.Collectors;


/** The one-line title of a filing in lists: 张三诉李四, or empty while no party is named. */
public final class FilingTitles {

	private FilingTitles() {
	}

	public static String of(Filing filing) {
		String plaintiffs = names(filing.content(), PartyRole.PLAINTIFF);
		String defendants = names(filing.content(), PartyRole.DEFENDANT);
		if (plaintiffs.isEmpty() && defendants.isEmpty()) {
			return "";
		}
		return plaintiffs + "诉" + defendants;
	}

	private static String names(FilingContent content, PartyRole role) {
		return content.partiesIn(role)
			.stream()
			.map(FilingContent.Party::name)
			.filter(n -> n != null && !n.isBlank())
			.collect(Collectors.joining("、"));
	}
}
