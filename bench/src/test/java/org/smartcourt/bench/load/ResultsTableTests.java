package org.smartcourt.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RESULTS.md table: only the text between the markers changes, and it is built from the JSON results. */
class ResultsTableTests {

	@TempDir
	Path directory;

	@Test
	void appendsTheMarkersWhenAbsentAndOtherwiseReplacesOnlyBetweenThem() {
		String first = ResultsTable.replace("# Results\n\nledger figures\n", "TABLE 1\n");
		assertThat(first).startsWith("# Results\n\nledger figures\n\n<!-- issue10:begin -->\nTABLE 1\n<!-- issue10:end -->");

		String edited = first + "\nlater text\n";
		String second = ResultsTable.replace(edited, "TABLE 2\n");
		assertThat(second).isEqualTo(edited.replace("TABLE 1", "TABLE 2")).doesNotContain("TABLE 1");
	}

	@Test
	void oneRowPerTargetWithItsReferenceAndOutcome() throws Exception {
		Files.writeString(directory.resolve("load-registration.json"), """
				{"kind": "load", "name": "load-registration", "date": "2026-11-29T18:00:00Z", "commit": "abc123",
				 "machine": "cpu: AMD EPYC, 2 cores; jvm", "loadAverageBefore": "1.00 2.00 3.00 1/2 3",
				 "scale": {"scale": "province"}, "command": "java -jar bench/target/bench.jar load --scenario registration",
				 "operations": [{"operation": "clerk.register", "count": 600, "throughput": 520.5, "p99": 150.0, "errors": 0}],
				 "registrations": {"acknowledged": 600, "passed": true},
				 "targets": [{"target": "registration ≥ 500/s sustained", "operation": "clerk.register", "figure": "throughput",
				              "value": 520.5, "bound": 500, "met": true},
				             {"target": "registration p99 < 200 ms", "operation": "clerk.register", "figure": "p99",
				              "value": 250.0, "bound": 200, "met": false}],
				 "ratioText": "registration throughput 521/s = 40% of plain JDBC (1300/s)"}
				""");
		Files.writeString(directory.resolve("notes.txt"), "not a result");

		String table = ResultsTable.table(directory);

		assertThat(table).contains("| 2026-11-29 18:00:00 | abc123 | 2 cores, load 1.00 2.00 3.00 | province | "
				+ "`java -jar bench/target/bench.jar load --scenario registration` | clerk.register throughput 521/s");
		assertThat(table).contains("40% of plain JDBC").contains("| registration ≥ 500/s sustained | met |")
			.contains("| registration p99 < 200 ms | **missed** |").contains("registrations check passed");
	}
}
