package org.smartcourt.deadlines;

/**
 * Where a rule comes from: 「《民事诉讼法》第一百七十一条第二款」.
 *
 * @param law the instrument's short title, without book-title marks, e.g. 民事诉讼法.
 * @param article e.g. 第一百七十一条.
 * @param paragraph e.g. 第二款, or empty.
 * @param item e.g. 第（一）项, or empty.
 * @param version the version of the text cited (date of the revision or publication), e.g. 2023-09-01.
 */
public record Citation(String law, String article, String paragraph, String item, String version) {

	public Citation {
		paragraph = paragraph == null ? "" : paragraph;
		item = item == null ? "" : item;
		version = version == null ? "" : version;
	}

	/** 《民事诉讼法》第一百七十一条第二款. */
	public String text() {
		return "《" + law + "》" + article + paragraph + item;
	}

	@Override
	public String toString() {
		return text();
	}
}
