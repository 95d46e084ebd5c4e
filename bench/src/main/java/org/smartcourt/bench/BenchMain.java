package org.smartcourt.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code bench.jar}: runs one benchmark of the evidence ledger (issue 6) per invocation.
 *
 * <pre>
 * java -jar bench/target/bench.jar ledger-append   [--threads 64] [--seconds 60] [--warmup 15] [--model closed|open|both] [--rate 2000] [--batch-size 256] [--batch-max-age 250ms]
 * java -jar bench/target/bench.jar ledger-proofs   [--size 10000000] [--inclusion 100000] [--consistency 10000] [--cold 1000] [--reuse true]
 * java -jar bench/target/bench.jar ledger-receipts [--interval 2s] [--clients 8] [--seconds 30] [--http-clients 4] [--http-seconds 20]
 * java -jar bench/target/bench.jar casefile-store [--files 1000] [--size 1048576] [--threads 4]
 * java -jar bench/target/bench.jar casefile-export [--pages 500] [--pdfs 9] [--photos 50] [--runs 10]
 * java -jar bench/target/bench.jar service-fanout  [--parties 1000] [--runs 3]
 * java -jar bench/target/bench.jar cluster [--filings 200] [--clients 8] [--kill-after 66] [--start together]
 * java -jar bench/target/bench.jar generate --scale small|province|decade [--seed 20261129] [--dir bench/target/data/<scale>] [--years N]
 * java -jar bench/target/bench.jar check [--dir bench/target/data/<scale>]
 * java -jar bench/target/bench.jar jmh [JMH options]   (no options: the suite with short default iterations)
 * </pre>
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			usage();
			System.exit(2);
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		switch (args[0]) {
			case "ledger-append" -> new AppendBenchmark(new Options(rest, AppendBenchmark.OPTIONS)).run();
			case "ledger-proofs" -> new ProofBenchmark(new Options(rest, ProofBenchmark.OPTIONS)).run();
			case "ledger-receipts" -> new ReceiptBenchmark(new Options(rest, ReceiptBenchmark.OPTIONS)).run();
			case "casefile-store" -> new FileStoreBenchmark(new Options(rest, FileStoreBenchmark.OPTIONS)).run();
			case "casefile-export" -> new CaseFileExportBenchmark(new Options(rest, CaseFileExportBenchmark.OPTIONS)).run();
			case "notify-outbox" -> new NotifyOutboxBenchmark(new Options(rest, NotifyOutboxBenchmark.OPTIONS)).run();
			case "service-fanout" -> new ServiceFanoutBenchmark(new Options(rest, ServiceFanoutBenchmark.OPTIONS)).run();
			case "jmh" -> JmhCommand.run(rest);
			case "cluster" -> org.smartcourt.bench.cluster.ClusterCommand.run(rest);
			case "cluster-postgres" -> org.smartcourt.bench.cluster.ClusterCommand.postgres(rest);
			case "load" -> org.smartcourt.bench.load.LoadCommand.run(rest);
			case "reference" -> org.smartcourt.bench.load.ReferenceCommand.run(rest);
			case "supervision-reference" -> org.smartcourt.bench.load.SupervisionReference.run(rest);
			case "report" -> org.smartcourt.bench.load.ResultsTable.run(rest);
			case "generate" -> System.exit(org.smartcourt.bench.data.GenerateCommand.generate(rest));
			case "check" -> System.exit(org.smartcourt.bench.data.GenerateCommand.check(rest));
			default -> {
				usage();
				System.exit(2);
			}
		}
		// the application's non-daemon threads (web server, pools) are closed with its context; exit regardless
		System.exit(0);
	}

	private static void usage() {
		System.err.println("""
				usage: java -jar bench.jar <command> [options]
				  ledger-append    appends/s and append->durable-index latency (closed model; --model open for a fixed rate)
				  ledger-proofs    inclusion/consistency proofs from the tiles of a 10M-entry tree, cold and warm
				  ledger-receipts  append -> receipt with two witness cosignatures (--interval 2s | 500ms)
				  casefile-store   storing and anchoring 1,000 files of 1 MB (PDF check, hashes, fsync, ledger) vs a plain write loop
				  service-fanout   serving one document by SMS on the 1,000 parties of a case: time to queue and until all are effective
				  casefile-export  exporting a 500-page 正卷 (PDFs and phone photos) as one bookmarked PDF over HTTP vs PDFBox alone
				  load             HTTP load by role (--scenario registration|reads|mix, --model closed|open), JSON in bench/results/
				  reference        pgbench simple-update, a plain-JDBC registration loop and raw SHA-256 on the same server
				  supervision-reference  the 审判质效 board over HTTP against DuckDB on an export of the same facts
				  report           regenerates the issue-10 table of bench/RESULTS.md from bench/results/*.json (bench/results.sh)
				  jmh [args]       JMH microbenchmarks (hashing, in-memory proofs, signed notes); args are JMH's
				  cluster          two app nodes on one PostgreSQL: shared sessions, jobs once, gapless numbers, kill -9 under load
				  cluster-postgres the one PostgreSQL (fsync on) for bench/cluster.sh; runs until stopped
				  generate         fills a data directory with a Jilin province by COPY (--scale small|province|decade), then checks it
				  check            the consistency checks of a generated data directory (--dir)
				see bench/README.md""");
	}
}
