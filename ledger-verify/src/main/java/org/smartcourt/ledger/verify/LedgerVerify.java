package org.smartcourt.ledger.verify;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ledger-verify}: the offline verifier of SmartCourt's evidence ledger (区块链存证核验工具). Every input is a
 * file; nothing is fetched. Sub-commands {@code receipt}, {@code consistency} and {@code tsa}; the exit codes are
 * {@link ExitCode}'s and are listed in every command's {@code --help}.
 */
@Command(name = "ledger-verify", mixinStandardHelpOptions = true, version = "ledger-verify 0.1.0",
		exitCodeOnInvalidInput = 1, exitCodeOnExecutionException = 1,
		subcommands = {ReceiptCommand.class, ConsistencyCommand.class, TsaCommand.class},
		description = {"SmartCourt 存证离线核验工具：所有输入均为本地文件，不联网。",
				"SmartCourt offline evidence-ledger verifier: every input is a local file; no network access."})
public final class LedgerVerify implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/** Writes UTF-8, except to an interactive console, which gets its own charset (e.g. GBK on a Chinese Windows). */
	public static void main(String[] args) {
		Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
		System.exit(execute(new PrintWriter(System.out, true, charset), new PrintWriter(System.err, true, charset), args));
	}

	/** Runs the verifier in process: the report goes to {@code out}, usage errors to {@code err}; returns the exit code. */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cli = new CommandLine(new LedgerVerify());
		cli.setOut(out).setErr(err).setUsageHelpWidth(100).setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
		applyExitCodeHelp(cli);
		int code = cli.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	private static void applyExitCodeHelp(CommandLine cli) {
		cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
		cli.getCommandSpec().exitCodeOnExecutionException(ExitCode.USAGE.code());
		cli.getCommandSpec().usageMessage().exitCodeListHeading("%n退出码 / Exit codes:%n").exitCodeList(ExitCode.helpList());
		cli.getSubcommands().values().forEach(LedgerVerify::applyExitCodeHelp);
	}

	/** Without a sub-command there is nothing to verify: print the usage and fail as a usage error. */
	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCode.USAGE.code();
	}
}
