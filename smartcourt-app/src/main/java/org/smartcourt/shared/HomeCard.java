package org.smartcourt.shared;

import java.util.List;

/**
 * A card on a person's home page (工作台 or 我的案件): what waits for them in one module, with a link to the list.
 *
 * @param order place on the page, smaller first.
 * @param titleKey message key of the card's title, e.g. 今日开庭.
 * @param summaryKey message key of the one-line summary, formatted with {@code summaryArgs}.
 * @param link the list behind the card.
 * @param items up to a handful of entries, each with its own link.
 */
public record HomeCard(int order, String titleKey, String summaryKey, List<Object> summaryArgs, String link,
		List<Item> items) {

	public HomeCard {
		summaryArgs = List.copyOf(summaryArgs);
		items = List.copyOf(items);
	}

	/** One entry on a card, in Chinese as shown. */
	public record Item(String text, String link) {
	}
}
