package org.smartcourt.casefile.internal.catalogue;

import java.util.Locale;
import java.util.Optional;

/** The two volumes of a case file: 正卷 and 副卷 (内部材料, never shown to parties). */
public enum Volume {

	/** 正卷. */
	MAIN("正卷"),
	/** 副卷. */
	SIDE("副卷");

	private final String chineseName;

	Volume(String chineseName) {
		this.chineseName = chineseName;
	}

	/** 正卷 or 副卷, as printed on the cover and in file names. */
	public String chineseName() {
		return chineseName;
	}

	/** The lower-case name used in URLs ({@code main.pdf}, {@code side.pdf}). */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Volume> fromSlug(String slug) {
		for (Volume v : values()) {
			if (v.slug().equals(slug) || v.name().equals(slug)) {
				return Optional.of(v);
			}
		}
		return Optional.empty();
	}

	public String labelKey() {
		return "casefile.volume." + name();
	}
}
