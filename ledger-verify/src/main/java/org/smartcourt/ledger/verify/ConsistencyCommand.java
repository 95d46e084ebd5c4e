package org.smartcourt.ledger.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.tsa.ImprintAlgorithm;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code consistency}: shows that the log stayed append-only between two checkpoints (RFC 9162 §2.1.4.2), both
 * accepted by the policy; what an auditor runs to show that nothing recorded before the older one was rewritten.
 */
@Command(name = "consistency", sortOptions = false, mixinStandardHelpOptions = true,
		description = {"核验两个检查点之间日志只增不改（一致性证明）。",
				"Verify that the log stayed append-only between two checkpoints (consistency proof)."})
final class ConsistencyCommand extends VerifyCommand {

	@Option(names = "--old", required = true, paramLabel = "a.checkpoint", description = "The older signed checkpoint / 旧检查点")
	Path older;

	@Option(names = "--new", required = true, paramLabel = "b.checkpoint", description = "The newer signed checkpoint / 新检查点")
	Path newer;

	@Option(names = "--proof", required = true, paramLabel = "proof.txt",
			description = "The consistency proof, one base64 hash per line / 一致性证明（每行一个 base64 哈希）")
	Path proof;

	@Option(names = "--policy", required = true, paramLabel = "policy.txt", description = "The trust policy / 信任策略")
	Path policy;

	@Option(names = "--hash", paramLabel = "SHA-256|SM3", defaultValue = "SHA-256",
			description = "The log's Merkle tree hash (default ${DEFAULT-VALUE}) / 日志的默克尔树哈希算法")
	String hash;

	@Override
	Report newReport() {
		return new Report("consistency", "SmartCourt 日志一致性核验报告", "SmartCourt log consistency verification report");
	}

	@Override
	void run(Report report) throws VerificationFailure {
		TreeHasher hasher;
		try {
			hasher = ImprintAlgorithm.named(hash) == ImprintAlgorithm.SM3 ? TreeHasher.sm3() : TreeHasher.sha256();
		} catch (IllegalArgumentException e) {
			throw new VerificationFailure(ExitCode.USAGE, "input", e.getMessage());
		}
		var oldNote = CheckpointChecks.parseNote(InputFiles.read(older, "old checkpoint"), "old checkpoint");
		var newNote = CheckpointChecks.parseNote(InputFiles.read(newer, "new checkpoint"), "new checkpoint");
		List<byte[]> hashes = readProof();
		Policy trust = CheckpointChecks.readPolicy(policy);

		Checkpoint a = CheckpointChecks.verify(report, trust, oldNote, "Old").checkpoint();
		Checkpoint b = CheckpointChecks.verify(report, trust, newNote, "New").checkpoint();
		report.fact("origin", "日志标识", "Log origin", a.origin());
		report.fact("oldSize", "旧检查点树大小", "Old tree size", a.size());
		report.fact("oldRoot", "旧检查点根哈希", "Old root hash", Base64.getEncoder().encodeToString(a.rootHash()));
		report.fact("newSize", "新检查点树大小", "New tree size", b.size());
		report.fact("newRoot", "新检查点根哈希", "New root hash", Base64.getEncoder().encodeToString(b.rootHash()));

		report.begin("consistency", "一致性证明（RFC 9162 §2.1.4.2）", "consistency proof (RFC 9162 §2.1.4.2)");
		if (!a.origin().equals(b.origin())) {
			throw new VerificationFailure(ExitCode.CONSISTENCY_FAILED, "consistency",
					"the checkpoints are of different logs: " + a.origin() + " and " + b.origin());
		}
		if (a.size() > b.size()) {
			throw new VerificationFailure(ExitCode.CONSISTENCY_FAILED, "consistency",
					"the old checkpoint is larger than the new one: " + a.size() + " > " + b.size());
		}
		try {
			if (a.size() == 0) {
				if (!hashes.isEmpty()) {
					throw new InvalidProofException("a proof from the empty tree is empty");
				}
			} else {
				new ProofVerifier(hasher).verifyConsistency(a.size(), b.size(), a.rootHash(), b.rootHash(), hashes);
			}
			report.pass(hashes.size() + " proof hashes");
		} catch (InvalidProofException e) {
			throw new VerificationFailure(ExitCode.CONSISTENCY_FAILED, "consistency", e.getMessage());
		}
		report.proven("日志 " + a.origin() + " 从树大小 " + a.size() + " 到 " + b.size() + " 只增不改：旧检查点记录的全部 " + a.size()
						+ " 个条目在新检查点中原样保留，顺序不变。",
				"The log " + a.origin() + " only grew from size " + a.size() + " to " + b.size() + ": all " + a.size()
						+ " entries of the old checkpoint are in the new one, unchanged and in the same order.");
		report.notProven("本核验不涉及任何条目的内容；单个条目的核验请用 receipt 子命令。",
				"This says nothing about the content of any entry; use the receipt sub-command for one entry.");
	}

	private List<byte[]> readProof() throws VerificationFailure {
		String text = new String(InputFiles.read(proof, "consistency proof"), StandardCharsets.UTF_8);
		List<byte[]> hashes = new ArrayList<>();
		int lineNo = 0;
		for (String line : text.split("\n")) {
			lineNo++;
			String hashText = line.strip();
			if (hashText.isEmpty()) {
				continue;
			}
			try {
				hashes.add(Base64.getDecoder().decode(hashText));
			} catch (IllegalArgumentException e) {
				throw new VerificationFailure(ExitCode.MALFORMED, "input", "line " + lineNo + " of the proof is not base64");
			}
		}
		return hashes;
	}
}
