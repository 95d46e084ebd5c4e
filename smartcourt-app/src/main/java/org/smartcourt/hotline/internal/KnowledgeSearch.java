package org.smartcourt.hotline.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a question into search terms that work for Chinese without a word segmenter: words of Latin letters or
 * digits as they are, and each run of Chinese characters both whole and as overlapping pairs (诉讼费怎么交 → 诉讼费怎么交,
 * 诉讼, 讼费, 费怎, 怎么, 么交), so that an answer sharing two-character words with the question ranks high.
 */
final class KnowledgeSearch {

	static final int MAX_TERMS = 24;

	private KnowledgeSearch() {
	}

	static List<String> terms(String query) {
		Set<String> terms = new LinkedHashSet<>();
		if (query == null) {
			return List.of();
		}
		StringBuilder run = new StringBuilder();
		boolean han = false;
		for (int i = 0; i <= query.length(); i++) {
			char c = i < query.length() ? query.charAt(i) : ' ';
			boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
			boolean isWord = Character.isLetterOrDigit(c) && !isHan;
			if ((isHan && !han || isWord && han || !isHan && !isWord) && run.length() > 0) {
				add(terms, run.toString(), han);
				run.setLength(0);
			}
			if (isHan || isWord) {
				run.append(Character.toLowerCase(c));
				han = isHan;
			}
		}
		return new ArrayList<>(terms).subList(0, Math.min(terms.size(), MAX_TERMS));
	}

	private static void add(Set<String> terms, String run, boolean han) {
		terms.add(run);
		if (han && run.length() > 2) {
			for (int i = 0; i + 2 <= run.length(); i++) {
				terms.add(run.substring(i, i + 2));
			}
		}
	}
}
