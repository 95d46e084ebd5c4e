package org.smartcourt.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search terms for Chinese without a segmenter, and the masking of ID numbers kept on a request. */
class KnowledgeSearchTests {

	@Test
	void aRunOfChineseIsKeptWholeAndCutIntoOverlappingPairs() {
		assertThat(KnowledgeSearch.terms("诉讼费怎么交")).containsExactly("诉讼费怎么交", "诉讼", "讼费", "费怎", "怎么", "么交");
	}

	@Test
	void punctuationSeparatesAndLatinWordsAndDigitsStayWholeInLowerCase() {
		assertThat(KnowledgeSearch.terms("12368 热线？EMS送达")).containsExactly("12368", "热线", "ems", "送达");
		assertThat(KnowledgeSearch.terms("  ？！ ")).isEmpty();
		assertThat(KnowledgeSearch.terms(null)).isEmpty();
	}

	@Test
	void termsAreUniqueAndCapped() {
		assertThat(KnowledgeSearch.terms("上诉 上诉 上诉")).containsExactly("上诉");
		assertThat(KnowledgeSearch.terms("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳"))
			.hasSize(KnowledgeSearch.MAX_TERMS);
	}

	@Test
	void anIdNumberIsKeptMasked() {
		assertThat(HotlineRequests.mask("220104198001011234")).isEqualTo("2201**********1234");
		assertThat(HotlineRequests.mask("1234567")).isEqualTo("****");
		assertThat(HotlineRequests.mask(" ")).isNull();
	}
}
