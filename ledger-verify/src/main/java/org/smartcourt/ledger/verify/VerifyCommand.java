package org.smartcourt.ledger.verify;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A sub-command: runs its checks into a {@link Report}, prints it (text or {@code --json}) to standard output, and
 * exits with the code of the first failed check.
 */
abstract class VerifyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--json", description = "Print the report as JSON instead of text / 以 JSON 输出报告")
	boolean json;

	/** A new, empty report for this command. */
	abstract Report newReport();

	/** Runs the checks; throws at the first failure. */
	abstract void run(Report report) throws VerificationFailure;

	@Override
	public Integer call() {
		Report report = newReport();
		try {
			run(report);
		} catch (VerificationFailure f) {
			report.fail(f);
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(json ? report.toJson() : report.toText());
		out.flush();
		return report.exitCode().code();
	}
}
