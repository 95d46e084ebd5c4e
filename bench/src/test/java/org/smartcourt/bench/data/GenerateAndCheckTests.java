package org.smartcourt.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate at a tiny scale into a temporary directory: the app starts, the rows go in by COPY, every check passes. */
class GenerateAndCheckTests {

	@TempDir
	Path dir;

	@Test
	void tinyProvincePassesTheChecks() throws Exception {
		GenerationPlan plan = new GenerationPlan("small", 500, 1, GenerateCommand.DEFAULT_SEED,
				GenerationPlan.DEFAULT_AS_OF);
		assertThat(GenerateCommand.generate(plan, dir)).isZero();
	}
}
