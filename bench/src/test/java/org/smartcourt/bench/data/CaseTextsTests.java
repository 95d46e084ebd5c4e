package org.smartcourt.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CaseTextsTests {

	@Test
	void realFactsAreLoadedAndTheDefendantRenamed() {
		Path root = GenerateCommand.defaultTexts();
		assumeTrue(Files.isDirectory(root.resolve("lecardv2")), "LeCaRD data not on this machine");
		CaseTexts texts = CaseTexts.load(root);
		assertThat(texts.size()).isGreaterThan(300);
		String facts = texts.facts(new SplittableRandom(1), "吉某某");
		assertThat(facts).startsWith("被告人吉某某").hasSizeLessThanOrEqualTo(1500);
		assertThat(texts.facts(new SplittableRandom(1), "吉某某")).isEqualTo(facts);
	}

	@Test
	void withoutDataThereAreNoFacts() {
		assertThat(CaseTexts.none().facts(new SplittableRandom(1), "张三")).isNull();
	}
}
