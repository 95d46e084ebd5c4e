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

/**
 * The CI smoke run of the load generator (issue 10): a fresh demo app in a temporary directory, the {@code mix}
 * scenario for a few seconds with a few users. It asserts only that every role's requests were answered and that none
 * answered 5xx, and that the registrations check passed; no timing (the machine is shared).
 */
class LoadSmokeTests {

	@TempDir
	Path directory;

	@Test
	void aShortMixRunAnswersEveryRoleWithoutServerErrors() throws Exception {
		List<String> args = List.of("--scenario", "mix", "--users", "7", "--mix",
				"litigant=2,clerk=1,judge=2,search=1,president=1", "--warmup", "1", "--seconds", "5", "--prepare-cases", "5",
				"--filings", "200");
		try (Target target = Target.inProcess(directory, true)) {
			LoadCommand.Outcome outcome = new LoadCommand(new Options(args, LoadCommand.OPTIONS), args).withoutFile()
				.execute(target);

			Map<String, Map<Integer, Long>> answers = outcome.operations().stream()
				.collect(Collectors.toMap(OperationStats::name, OperationStats::statuses));
			Set<String> answeredRoles = answers.entrySet().stream()
				.filter(e -> e.getValue().keySet().stream().anyMatch(s -> s >= 200 && s < 300))
				.map(e -> e.getKey().substring(0, e.getKey().indexOf('.')))
				.collect(Collectors.toSet());
			assertThat(answeredRoles).containsExactlyInAnyOrder("litigant", "clerk", "judge", "search", "president");
			assertThat(answers).allSatisfy((operation, statuses) -> assertThat(statuses.keySet())
				.as("%s answered %s", operation, statuses).allMatch(s -> s > 0 && s < 500));
			assertThat(outcome.registrations().passed()).as(outcome.registrations().toString()).isTrue();
		}
	}
}
