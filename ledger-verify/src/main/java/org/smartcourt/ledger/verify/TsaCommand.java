package org.smartcourt.ledger.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.smartcourt.ledger.core.note.InvalidNoteException;
import org.smartcourt.ledger.core.note.SignedNote;
import org.smartcourt.ledger.core.tsa.VerifiedTimestamp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tsa}: checks an RFC 3161 time-stamp token over a checkpoint (or any file) against a TSA root certificate.
 * A signed checkpoint is stamped over its note text, so when the data file is a signed note, its text is checked.
 */
@Command(name = "tsa", sortOptions = false, mixinStandardHelpOptions = true,
		description = {"核验可信时间戳令牌（RFC 3161）。", "Verify an RFC 3161 time-stamp token."})
final class TsaCommand extends VerifyCommand {

	@Option(names = "--token", required = true, paramLabel = "t.tsr", description = "The DER time-stamp token / 时间戳令牌")
	Path token;

	@Option(names = "--data", required = true, paramLabel = "checkpoint.txt",
			description = "The stamped data: a checkpoint (its note text is used) or any file / 被盖时间戳的数据")
	Path data;

	@Option(names = "--root", required = true, paramLabel = "root.pem",
			description = "Trusted TSA root certificate, PEM or DER / 时间戳机构根证书")
	Path root;

	@Override
	Report newReport() {
		return new Report("tsa", "SmartCourt 可信时间戳核验报告", "SmartCourt time-stamp verification report");
	}

	@Override
	void run(Report report) throws VerificationFailure {
		byte[] bytes = InputFiles.read(data, "data");
		byte[] covered = bytes;
		String what = "整个文件 / the whole file";
		try {
			covered = SignedNote.parse(bytes).text().getBytes(StandardCharsets.UTF_8);
			what = "检查点正文（不含签名行）/ the checkpoint's note text (signature lines excluded)";
		} catch (InvalidNoteException e) {
			// not a signed note: the token covers the file as it is
		}
		report.fact("covered", "时间戳覆盖的数据", "Data covered", what);
		VerifiedTimestamp verified = TokenChecks.verify(report, token, root, covered);
		report.proven("数据在 " + Report.timeText(verified.genTime()) + " 之前已经存在，且此后未被改动（由 "
						+ verified.tsaName().orElse(verified.signer()) + " 签发的时间戳证明）。",
				"The data existed no later than " + Report.timeText(verified.genTime()) + " and is unchanged since (time-stamp by "
						+ verified.tsaName().orElse(verified.signer()) + ").");
	}
}
