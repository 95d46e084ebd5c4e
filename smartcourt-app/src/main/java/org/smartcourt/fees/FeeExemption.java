package org.smartcourt.fees;

import java.util.Arrays;
import java.util.Optional;

/** The cases that pay no 案件受理费, 《诉讼费用交纳办法》第八条. */
public enum FeeExemption {

	/** 第八条第（一）项: 依照民事诉讼法规定的特别程序审理的案件. */
	SPECIAL_PROCEDURE("special-procedure", "（一）", "依照民事诉讼法规定的特别程序审理的案件"),
	/** 第八条第（二）项: 裁定不予受理、驳回起诉、驳回上诉的案件. */
	REFUSED_OR_DISMISSED("refused-or-dismissed", "（二）", "裁定不予受理、驳回起诉、驳回上诉的案件"),
	/** 第八条第（三）项: 对不予受理、驳回起诉和管辖权异议裁定不服，提起上诉的案件. */
	APPEAL_AGAINST_RULING("appeal-against-ruling", "（三）", "对不予受理、驳回起诉和管辖权异议裁定不服，提起上诉的案件"),
	/** 第八条第（四）项: 行政赔偿案件. */
	ADMINISTRATIVE_COMPENSATION("administrative-compensation", "（四）", "行政赔偿案件");

	private final String slug;
	private final String item;
	private final String summary;

	FeeExemption(String slug, String item, String summary) {
		this.slug = slug;
		this.item = item;
		this.summary = summary;
	}

	public String slug() {
		return slug;
	}

	/** The article text this exemption rests on. */
	public String summary() {
		return summary;
	}

	/** 「《诉讼费用交纳办法》第八条第（一）项」. */
	public Citation citation() {
		return Citation.measures("第八条第" + item + "项");
	}

	public String labelKey() {
		return "fees.exemption." + slug;
	}

	public static Optional<FeeExemption> fromSlug(String slug) {
		return Arrays.stream(values()).filter(e -> e.slug.equals(slug)).findFirst();
	}
}
