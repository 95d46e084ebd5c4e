package org.smartcourt.fees;

/** The first-instance procedure; only {@link #SIMPLE} halves the 案件受理费 (《诉讼费用交纳办法》第十六条). */
public enum Procedure {
	/** 普通程序. */
	ORDINARY("ordinary"),
	/** 简易程序. */
	SIMPLE("simple");

	private final String slug;

	Procedure(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public String labelKey() {
		return "fees.procedure." + slug;
	}

	public static java.util.Optional<Procedure> fromSlug(String slug) {
		return java.util.Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
	}
}
