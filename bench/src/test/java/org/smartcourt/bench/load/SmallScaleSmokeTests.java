package org.smartcourt.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.bench.Options;
import org.smartcourt.bench.data.GenerateCommand;
import org.smartcourt.bench.data.GenerationPlan;

/**
 * The CI smoke run of issue 10: the generator at the {@code small} scale (10,000 cases, every consistency check of
 * {@code check} must pass), then a short {@code mix} load on that data with the generator's accounts. It asserts only
 * that every role's requests were answered, none with 5xx, and that the registrations check passed; no timing (the
 * machine is shared).
 */
class SmallScaleSmokeTests {

	@TempDir
	Path directory;

	@Test
	void theSmallProvinceIsConsistentAndAnswersEveryRoleUnderLoad() throws Exception {
		GenerationPlan small = new GenerationPlan("small", 10_000, 1, GenerateCommand.DEFAULT_SEED,
				GenerationPlan.DEFAULT_AS_OF);
		assertThat(GenerateCommand.generate(small, directory)).as("generate and check").isZero();

		List<String> args = List.of("--scenario", "mix", "--users", "7", "--mix",
				"litigant=2,clerk=1,judge=2,search=1,president=1", "--warmup", "1", "--seconds", "5", "--filings", "200",
				"--accounts", "litigant=litigant;clerk=filing-clerk-0104;judge=bench-judge-220104-%;"
						+ "search=bench-judge-220104-%;president=president-0104");
		try (Target target = Target.inProcess(directory, false)) {
			LoadCommand.Outcome outcome = new LoadCommand(new Options(args, LoadCommand.OPTIONS), args).withoutFile()
				.execute(target);

			Map<String, Map<Integer, Long>> answers = outcome.operations()
				.stream()
				.collect(Collectors.toMap(OperationStats::name, OperationStats::statuses));
			Set<String> answeredRoles = answers.entrySet()
				.stream()
				.filter(e -> e.getValue().keySet().stream().anyMatch(s -> s >= 200 && s < 300))
				.map(e -> e.getKey().substring(0, e.getKey().indexOf('.')))
				.collect(Collectors.toSet());
			assertThat(answeredRoles).containsExactlyInAnyOrder("litigant", "clerk", "judge", "search", "president");
			assertThat(answers).allSatisfy((operation, statuses) -> assertThat(statuses.keySet())
				.as("%s answered %s", operation, statuses)
				.allMatch(s -> s > 0 && s < 500));
			assertThat(outcome.registrations().passed()).as(outcome.registrations().toString()).isTrue();
		}
	}
}
