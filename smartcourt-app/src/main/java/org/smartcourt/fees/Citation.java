package org.smartcourt.fees;

/**
 * The legal source of a rule: an instrument and an article, shown as 「《诉讼费用交纳办法》第十三条第（一）项」.
 *
 * @param instrument the title with its book-title marks, e.g. 《诉讼费用交纳办法》.
 * @param article e.g. 第十三条第（一）项.
 */
public record Citation(String instrument, String article) {

	/** 《诉讼费用交纳办法》 (国务院令第481号). */
	public static final String MEASURES = "《诉讼费用交纳办法》";

	/** 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》 (法释〔2022〕11号). */
	public static final String CIVIL_PROCEDURE_INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》";

	public static Citation measures(String article) {
		return new Citation(MEASURES, article);
	}

	public static Citation interpretation(String article) {
		return new Citation(CIVIL_PROCEDURE_INTERPRETATION, article);
	}

	/** 「《诉讼费用交纳办法》第十三条第（一）项」. */
	public String text() {
		return "「" + instrument + article + "」";
	}

	@Override
	public String toString() {
		return text();
	}
}
