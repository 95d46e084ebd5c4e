package org.smartcourt.ledger.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.LedgerLeaf;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.CheckpointRejectedException;
import org.smartcourt.ledger.core.note.InvalidNoteException;
import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.note.TlogProof;
import org.smartcourt.ledger.core.tsa.ImprintAlgorithm;
import org.smartcourt.ledger.core.tsa.VerifiedTimestamp;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code receipt}: checks an evidence receipt (存证凭证, a c2sp.org/tlog-proof) against a file or its digest, a policy,
 * and optionally the checkpoint's RFC 3161 time-stamp. This is the "技术核验" of 《人民法院在线诉讼规则》 art. 16.
 */
@Command(name = "receipt", sortOptions = false, mixinStandardHelpOptions = true,
		description = {"核验存证凭证：文件摘要、条目包含证明、检查点签名与见证人联署、可信时间戳。",
				"Verify an evidence receipt: file digest, inclusion proof, checkpoint signatures and witness quorum, time-stamp."})
final class ReceiptCommand extends VerifyCommand {

	@Option(names = "--proof", required = true, paramLabel = "r.tlog-proof", description = "The receipt / 存证凭证 (.tlog-proof)")
	Path proof;

	@Option(names = "--policy", required = true, paramLabel = "policy.txt",
			description = "Trusted log and witness keys and the quorum (c2sp.org/tlog-policy) / 信任策略")
	Path policy;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Evidence evidence;

	static final class Evidence {
		@Option(names = "--file", paramLabel = "evidence.pdf", description = "The evidence file / 证据文件")
		Path file;

		@Option(names = "--sha256", paramLabel = "hex", description = "Or its SHA-256, 64 hex digits / 或其 SHA-256 摘要")
		String sha256;

		@Option(names = "--sm3", paramLabel = "hex", description = "Or its SM3, 64 hex digits / 或其 SM3 摘要")
		String sm3;
	}

	@Option(names = "--leaf", paramLabel = "leaf.txt",
			description = "The entry text, if not in the receipt's extra line / 条目文本（凭证 extra 行之外另给时）")
	Path leaf;

	@Option(names = "--hash", paramLabel = "SHA-256|SM3", defaultValue = "SHA-256",
			description = "The log's Merkle tree hash (default ${DEFAULT-VALUE}) / 日志的默克尔树哈希算法")
	String hash;

	@ArgGroup(exclusive = false)
	Timestamp timestamp;

	static final class Timestamp {
		@Option(names = "--tsa-token", required = true, paramLabel = "t.tsr",
				description = "RFC 3161 token over the checkpoint / 检查点的可信时间戳令牌")
		Path token;

		@Option(names = "--tsa-root", required = true, paramLabel = "root.pem",
				description = "Trusted TSA root certificate, PEM or DER / 时间戳机构根证书")
		Path root;
	}

	@Override
	Report newReport() {
		return new Report("receipt", "SmartCourt 存证核验报告", "SmartCourt evidence receipt verification report");
	}

	@Override
	void run(Report report) throws VerificationFailure {
		TreeHasher hasher = hasher();
		Digests given = givenDigests();
		TlogProof receipt = readReceipt();
		Policy trust = CheckpointChecks.readPolicy(policy);
		byte[] leafBytes = leafBytes(receipt);
		LedgerLeaf entry = readLeaf(leafBytes);
		report.fact("entryIndex", "条目序号", "Entry index", receipt.index());
		report.fact("entryType", "条目类型", "Entry type", entry.type());
		report.fact("entryReference", "条目编号", "Entry reference", entry.reference());

		List<String> matched = checkDigest(report, given, entry);
		byte[] leafHash = hasher.hashLeaf(leafBytes);
		report.fact("leafHash", "条目哈希（" + hasher.algorithm() + "）", "Leaf hash (" + hasher.algorithm() + ")",
				HexFormat.of().formatHex(leafHash));

		Policy.Verified verified = CheckpointChecks.verify(report, trust, receipt.checkpoint(), "");
		Checkpoint checkpoint = verified.checkpoint();
		report.fact("origin", "日志标识", "Log origin", checkpoint.origin());
		report.fact("treeSize", "检查点树大小", "Checkpoint tree size", checkpoint.size());
		report.fact("rootHash", "检查点根哈希", "Checkpoint root hash", Base64.getEncoder().encodeToString(checkpoint.rootHash()));
		report.fact("logKey", "日志密钥", "Log key", verified.logKeyName());
		report.fact("cosigners", "见证人联署", "Witness cosignatures", CheckpointChecks.cosigners(trust, verified));

		report.begin("inclusion", "条目包含在检查点中（RFC 9162 §2.1.3.2）", "entry included in the checkpoint (RFC 9162 §2.1.3.2)");
		try {
			receipt.verify(trust, hasher, leafHash);
			report.pass("index " + receipt.index() + " of " + checkpoint.size() + ", " + receipt.proof().size() + " proof hashes");
		} catch (InvalidProofException e) {
			throw new VerificationFailure(ExitCode.INCLUSION_FAILED, "inclusion", e.getMessage()
					+ (hasher.algorithm().equals("SM3") ? " (if the log hashes with SHA-256, use --hash SHA-256)"
							: " (if the log hashes with SM3, use --hash SM3)"));
		} catch (CheckpointRejectedException e) {
			throw new VerificationFailure(ExitCode.LOG_SIGNATURE, "inclusion", e.getMessage());
		}

		Optional<VerifiedTimestamp> time = Optional.empty();
		if (timestamp != null) {
			time = Optional.of(TokenChecks.verify(report, timestamp.token, timestamp.root,
					receipt.checkpoint().text().getBytes(StandardCharsets.UTF_8)));
		}
		conclude(report, trust, receipt, entry, verified, matched, time);
	}

	private TreeHasher hasher() throws VerificationFailure {
		try {
			return ImprintAlgorithm.named(hash) == ImprintAlgorithm.SM3 ? TreeHasher.sm3() : TreeHasher.sha256();
		} catch (IllegalArgumentException e) {
			throw new VerificationFailure(ExitCode.USAGE, "input", e.getMessage());
		}
	}

	private TlogProof readReceipt() throws VerificationFailure {
		byte[] bytes = InputFiles.read(proof, "receipt");
		try {
			return TlogProof.parse(bytes);
		} catch (InvalidNoteException e) {
			throw new VerificationFailure(ExitCode.MALFORMED, "input", "the receipt " + proof + " is malformed: " + e.getMessage());
		}
	}

	private byte[] leafBytes(TlogProof receipt) throws VerificationFailure {
		if (leaf != null) {
			return InputFiles.read(leaf, "entry text");
		}
		return receipt.extra().orElseThrow(() -> new VerificationFailure(ExitCode.MALFORMED, "input",
				"the receipt has no extra line with the entry text; give it with --leaf"));
	}

	/** The digests to look for: computed from the file, or given in hex. */
	private record Digests(Optional<String> sha256, Optional<String> sm3) {
	}

	private Digests givenDigests() throws VerificationFailure {
		if (evidence.file != null) {
			byte[] data = InputFiles.read(evidence.file, "evidence file");
			return new Digests(Optional.of(HexFormat.of().formatHex(ImprintAlgorithm.SHA_256.digest(data))),
					Optional.of(HexFormat.of().formatHex(ImprintAlgorithm.SM3.digest(data))));
		}
		return new Digests(Optional.ofNullable(hex(evidence.sha256, "--sha256")), Optional.ofNullable(hex(evidence.sm3, "--sm3")));
	}

	private static String hex(String value, String option) throws VerificationFailure {
		if (value == null) {
			return null;
		}
		String lower = value.strip().toLowerCase();
		if (!lower.matches("[0-9a-f]{64}")) {
			throw new VerificationFailure(ExitCode.USAGE, "input", option + " takes 64 hexadecimal digits");
		}
		return lower;
	}

	private List<String> checkDigest(Report report, Digests given, LedgerLeaf entry) throws VerificationFailure {
		given.sha256().ifPresent(h -> report.fact("fileSha256", "文件 SHA-256", "File SHA-256", h));
		given.sm3().ifPresent(h -> report.fact("fileSm3", "文件 SM3", "File SM3", h));
		report.begin("digest", "文件摘要与存证条目一致", "file digest matches the entry");
		List<String> matched = new ArrayList<>();
		compare("SHA-256", given.sha256(), Optional.of(HexFormat.of().formatHex(entry.sha256())), matched);
		compare("SM3", given.sm3(), Optional.of(HexFormat.of().formatHex(entry.sm3())), matched);
		if (matched.isEmpty()) {
			throw new VerificationFailure(ExitCode.DIGEST_NOT_IN_LEAF, "digest",
					"the entry records no digest that could be compared with the " + (evidence.file != null ? "file" : "given digest"));
		}
		report.pass(String.join(" and ", matched) + " equal to the entry's");
		return matched;
	}

	private static void compare(String algorithm, Optional<String> given, Optional<String> recorded, List<String> matched)
			throws VerificationFailure {
		if (given.isEmpty() || recorded.isEmpty()) {
			return;
		}
		if (!given.get().equals(recorded.get())) {
			throw new VerificationFailure(ExitCode.DIGEST_NOT_IN_LEAF, "digest", "the " + algorithm + " digest "
					+ given.get() + " is not the one recorded in the entry (" + recorded.get() + "): this is not the recorded file");
		}
		matched.add(algorithm);
	}

	private void conclude(Report report, Policy trust, TlogProof receipt, LedgerLeaf entry, Policy.Verified verified, List<String> matched,
			Optional<VerifiedTimestamp> time) {
		Checkpoint c = verified.checkpoint();
		String subjectZh = evidence.file != null ? "文件" : "所给摘要对应的数据";
		String subjectEn = evidence.file != null ? "The file" : "The data with the given digest";
		report.proven(subjectZh + "的 " + String.join("、", matched) + " 摘要与存证日志 " + c.origin() + " 第 " + receipt.index()
						+ " 号条目（类型 " + entry.type() + "，编号 " + entry.reference() + "）所记录的一致：自记录以来未被改动。",
				subjectEn + "'s " + String.join(" and ", matched) + (matched.size() > 1 ? " digests equal the ones" : " digest equals the one")
						+ " recorded in entry " + receipt.index()
						+ " (type " + entry.type() + ", reference " + entry.reference() + ") of the log " + c.origin()
						+ ": it is unchanged since it was recorded.");
		Optional<Map.Entry<String, Instant>> firstCosignature = verified.cosigners().entrySet().stream()
				.min(Comparator.comparing(Map.Entry::getValue));
		if (time.isPresent()) {
			VerifiedTimestamp t = time.get();
			String tsa = t.tsaName().orElse(t.signer());
			report.proven("记录时间不晚于 " + Report.timeText(t.genTime()) + "：包含该条目的检查点（树大小 " + c.size()
							+ "）带有 " + tsa + " 的可信时间戳。",
					"It was recorded no later than " + Report.timeText(t.genTime()) + ": the checkpoint containing it (tree size "
							+ c.size() + ") bears an RFC 3161 time-stamp by " + tsa + ".");
		} else if (firstCosignature.isPresent()) {
			Map.Entry<String, Instant> w = firstCosignature.get();
			report.proven("记录时间不晚于 " + Report.timeText(w.getValue()) + "：见证人 " + w.getKey() + " 于此时联署了包含该条目的检查点。",
					"It was recorded no later than " + Report.timeText(w.getValue()) + ", when witness " + w.getKey()
							+ " cosigned a checkpoint containing it.");
		} else {
			report.notProven("未附可信时间戳，也无见证人联署时间：本核验不能证明记录时间。",
					"No time-stamp and no witness cosignature: this does not establish when the entry was recorded.");
		}
		if (!verified.cosigners().isEmpty()) {
			List<String> witnesses = CheckpointChecks.cosigners(trust, verified).stream()
					.map(w -> w.get("witness") + " (" + w.get("key") + ")").toList();
			String names = String.join(", ", witnesses);
			report.proven("见证人 " + String.join("、", witnesses)
							+ " 联署了该检查点，证明在其所见范围内日志未分叉，即未向不同的人呈现不同的历史。",
					"Witnesses " + names + " cosigned the checkpoint, attesting that, as far as they have seen, the log did not"
							+ " fork (it showed no one a different history).");
		}
		report.proven("依《人民法院在线诉讼规则》第十六条，经技术核验一致的，人民法院可以认定该电子数据上链后未经篡改，但有相反证据足以推翻的除外。",
				"Under art. 16 of the Online Litigation Rules of the People's Courts, the court may find data whose technical"
						+ " verification matches unaltered since it was recorded, unless contrary evidence rebuts it.");
		report.notProven("本核验不证明数据在记录之前的真实性，也不证明其内容属实。依《人民法院在线诉讼规则》第十八条，上链前的真实性由人民法院"
						+ "结合数据来源、生成机制、存储过程、公证、第三方见证、关联印证数据审查判断；依第十七条，对上链后真实性的合理异议，由人民法院"
						+ "结合存证平台的合规性、当事人与平台的利害关系及技术标准判断。",
				"This does not prove that the data was authentic before it was recorded, nor that its content is true. Under"
						+ " art. 18 of the Online Litigation Rules the court reviews pre-recording authenticity (source, generation,"
						+ " storage, notarisation, third-party witnessing, corroborating data); under art. 17 it weighs a reasoned"
						+ " challenge to post-recording authenticity against the platform's compliance, independence and standards.");
		report.note("本报告可作为具有专门知识的人的意见或鉴定材料提交（《人民法院在线诉讼规则》第十九条）；所有输入均为本地文件，核验未联网。",
				"This report may support an expert opinion or appraisal (art. 19); every input was a local file and nothing was"
						+ " fetched over the network.");
	}

	/** The canonical entry text {@code smartcourt-ledger/v1} (ledger-core's {@link LedgerLeaf}), strictly. */
	private static LedgerLeaf readLeaf(byte[] bytes) throws VerificationFailure {
		try {
			return LedgerLeaf.parse(bytes);
		} catch (IllegalArgumentException e) {
			throw new VerificationFailure(ExitCode.MALFORMED, "input", "the entry text is malformed: " + e.getMessage());
		}
	}
}
