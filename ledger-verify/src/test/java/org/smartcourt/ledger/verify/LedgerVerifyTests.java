package org.smartcourt.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.SignedNote;
import org.smartcourt.ledger.core.tsa.ImprintAlgorithm;
import org.smartcourt.ledger.core.tsa.LocalTimestampAuthority;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the verifier in process on receipts built with the real ledger-core machinery, and reaches every exit code by
 * the corruption that belongs to it.
 */
class LedgerVerifyTests {

	@TempDir
	Path dir;

	LedgerFixture ledger;

	record Run(int code, String out, String err) {
	}

	@BeforeEach
	void setUp() throws IOException {
		ledger = new LedgerFixture(dir, TreeHasher.sha256());
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = LedgerVerify.execute(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}

	Run receipt(String... extra) {
		String[] base = {"receipt", "--proof", ledger.path("receipt.tlog-proof"), "--policy", ledger.path("policy.txt")};
		String[] all = new String[base.length + extra.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(extra, 0, all, base.length, extra.length);
		return run(all);
	}

	@Test
	void aGenuineReceiptVerifiesWithItsTimeStamp() {
		Run r = receipt("--file", ledger.path("evidence.pdf"), "--tsa-token", ledger.path("checkpoint.tsr"),
				"--tsa-root", ledger.path("root.pem"));

		assertThat(r.code()).as(r.out() + r.err()).isZero();
		assertThat(r.out())
				.contains("结果：核验通过", "Result: VERIFIED (exit 0)")
				.contains("条目序号 / Entry index: 5")
				.contains("stored-file", "file:5f1c2a9e0b7d4c31")
				.contains(LedgerFixture.ORIGIN, "witness.jlcourt.test/w1", "witness.procuratorate.test/w2")
				.contains("2026-11-29 14:30:00 北京时间 (Asia/Shanghai, UTC+8) / 2026-11-29 06:30:00 UTC")
				.contains("记录时间不晚于 2026-11-29 14:30:05")
				.contains("第十六条", "第十八条", "art. 18", "未检查证书吊销")
				.doesNotContain("FAIL");
		assertThat(r.out().indexOf("核验通过")).isLessThan(r.out().indexOf("VERIFIED"));
	}

	@Test
	void jsonOutputParsesAndCarriesTheFacts() {
		Run r = receipt("--file", ledger.path("evidence.pdf"), "--tsa-token", ledger.path("checkpoint.tsr"),
				"--tsa-root", ledger.path("root.pem"), "--json");

		JsonNode json = JsonMapper.builder().build().readTree(r.out());
		assertThat(json.get("verified").asBoolean()).isTrue();
		assertThat(json.get("exitCode").asInt()).isZero();
		JsonNode facts = json.get("facts");
		assertThat(facts.get("entryIndex").asLong()).isEqualTo(5);
		assertThat(facts.get("entryType").asString()).isEqualTo("stored-file");
		assertThat(facts.get("treeSize").asLong()).isEqualTo(8);
		assertThat(facts.get("logKey").asString()).isEqualTo(LedgerFixture.ORIGIN);
		assertThat(facts.get("cosigners")).hasSize(2);
		assertThat(facts.get("cosigners").get(0).get("time").get("utc").asString()).isEqualTo("2026-11-29T06:30:00Z");
		assertThat(facts.get("cosigners").get(0).get("time").get("asiaShanghai").asString()).isEqualTo("2026-11-29T14:30:00+08:00");
		assertThat(facts.get("tsaTime").get("utc").asString()).isEqualTo("2026-11-29T06:30:05Z");
		assertThat(json.get("checks")).allSatisfy(c -> assertThat(c.get("passed").asBoolean()).isTrue());
		assertThat(json.get("proven").size()).isGreaterThanOrEqualTo(3);
		assertThat(json.get("notProven").get(0).get("zh").asString()).contains("第十八条");
	}

	@Test
	void aFailureIsReportedInJsonWithItsClass() throws IOException {
		ledger.write("evidence.pdf", "altered".getBytes(StandardCharsets.UTF_8));

		Run r = receipt("--file", ledger.path("evidence.pdf"), "--json");

		JsonNode json = JsonMapper.builder().build().readTree(r.out());
		assertThat(json.get("verified").asBoolean()).isFalse();
		assertThat(json.get("exitCode").asInt()).isEqualTo(3);
		assertThat(json.get("failure").get("class").asString()).isEqualTo("DIGEST_NOT_IN_LEAF");
		assertThat(json.get("failure").get("check").asString()).isEqualTo("digest");
	}

	@Test
	void aDigestGivenInHexVerifies() {
		String sm3 = java.util.HexFormat.of().formatHex(ImprintAlgorithm.SM3.digest(LedgerFixture.EVIDENCE));

		assertThat(receipt("--sm3", sm3.toUpperCase()).code()).isZero();
	}

	@Test
	void anSm3LogVerifiesWithHashSm3AndNotWithoutIt() throws IOException {
		ledger = new LedgerFixture(dir, TreeHasher.sm3());

		assertThat(receipt("--file", ledger.path("evidence.pdf"), "--hash", "SM3").code()).isZero();
		assertThat(receipt("--file", ledger.path("evidence.pdf")).code()).isEqualTo(4);
	}

	@Test
	void theLeafCanComeFromASidecarFile() throws IOException {
		ledger.write("receipt.tlog-proof", ledger.receipt(ledger.checkpoint).toString().replaceFirst("extra [^\n]*\n", ""));
		ledger.write("leaf.txt", ledger.leaf);

		assertThat(receipt("--file", ledger.path("evidence.pdf")).code()).isEqualTo(2);
		assertThat(receipt("--file", ledger.path("evidence.pdf"), "--leaf", ledger.path("leaf.txt")).code()).isZero();
	}

	@Test
	void exit1ForUsageErrorsAndUnreadableFiles() {
		assertThat(run("receipt", "--policy", ledger.path("policy.txt"), "--file", ledger.path("evidence.pdf")).code()).isEqualTo(1);
		assertThat(receipt().code()).isEqualTo(1);
		assertThat(receipt("--file", ledger.path("evidence.pdf"), "--sha256", "00").code()).isEqualTo(1);
		assertThat(receipt("--sha256", "not hex").code()).isEqualTo(1);
		assertThat(receipt("--file", ledger.path("missing.pdf")).code()).isEqualTo(1);
		assertThat(receipt("--file", ledger.path("evidence.pdf"), "--tsa-token", ledger.path("checkpoint.tsr")).code()).isEqualTo(1);
		assertThat(receipt("--file", ledger.path("evidence.pdf"), "--hash", "MD5").code()).isEqualTo(1);
		assertThat(run().code()).isEqualTo(1);
	}

	@Test
	void exit2ForAMalformedReceiptOrPolicy() throws IOException {
		ledger.write("bad.tlog-proof", "c2sp.org/tlog-proof@v1\nindex five\n\n" + ledger.checkpoint);
		ledger.write("bad-policy.txt", "log not-a-key\nquorum none\n");

		assertThat(run("receipt", "--proof", ledger.path("bad.tlog-proof"), "--policy", ledger.path("policy.txt"),
				"--file", ledger.path("evidence.pdf")).code()).isEqualTo(2);
		assertThat(run("receipt", "--proof", ledger.path("receipt.tlog-proof"), "--policy", ledger.path("bad-policy.txt"),
				"--file", ledger.path("evidence.pdf")).code()).isEqualTo(2);
	}

	@Test
	void exit3ForAnAlteredFile() throws IOException {
		byte[] altered = LedgerFixture.EVIDENCE.clone();
		altered[altered.length - 2] ^= 1;
		ledger.write("evidence.pdf", altered);

		Run r = receipt("--file", ledger.path("evidence.pdf"));

		assertThat(r.code()).isEqualTo(3);
		assertThat(r.out()).contains("核验未通过", "[失败 FAIL] 文件摘要与存证条目一致", "not the recorded file").doesNotContain("已证明");
	}

	@Test
	void exit4ForAnAlteredProofHash() throws IOException {
		String receipt = ledger.receipt(ledger.checkpoint).toString();
		String[] lines = receipt.split("\n", -1);
		byte[] hash = Base64.getDecoder().decode(lines[3]);
		hash[0] ^= 1;
		lines[3] = Base64.getEncoder().encodeToString(hash);
		ledger.write("receipt.tlog-proof", String.join("\n", lines));

		Run r = receipt("--file", ledger.path("evidence.pdf"));

		assertThat(r.code()).as(r.out()).isEqualTo(4);
		assertThat(r.out()).contains("[失败 FAIL] 条目包含在检查点中");
	}

	@Test
	void exit5ForACheckpointSignedByAnUnknownKey() throws IOException {
		Ed25519NoteSigner impostor = Ed25519NoteSigner.generate(LedgerFixture.ORIGIN);
		ledger.write("receipt.tlog-proof",
				ledger.receipt(ledger.signedCheckpoint(8, impostor, ledger.w1, ledger.w2)).toString());

		Run r = receipt("--file", ledger.path("evidence.pdf"));

		assertThat(r.code()).as(r.out()).isEqualTo(5);
		assertThat(r.out()).contains("NO_LOG_SIGNATURE");
	}

	@Test
	void exit5ForAForgedLogSignature() throws IOException {
		String forged = ledger.receipt(ledger.checkpoint).toString().replace("\n8\n", "\n9\n");
		ledger.write("receipt.tlog-proof", forged);

		Run r = receipt("--file", ledger.path("evidence.pdf"));

		assertThat(r.code()).as(r.out()).isEqualTo(5);
		assertThat(r.out()).contains("BAD_SIGNATURE");
	}

	@Test
	void exit6WhenTheQuorumIsNotMet() throws IOException {
		ledger.write("receipt.tlog-proof", ledger.receipt(ledger.signedCheckpoint(8, ledger.log, ledger.w1)).toString());

		Run r = receipt("--file", ledger.path("evidence.pdf"));

		assertThat(r.code()).as(r.out()).isEqualTo(6);
		assertThat(r.out()).contains("见证人联署未达到策略要求的法定数");
	}

	@Test
	void consistencyBetweenTwoCheckpointsVerifies() throws IOException {
		ledger.write("old.checkpoint", ledger.signedCheckpoint(3, ledger.log, ledger.w1, ledger.w2).toString());
		ledger.write("proof.txt", ledger.consistencyProof(3, 8));

		Run r = run("consistency", "--old", ledger.path("old.checkpoint"), "--new", ledger.path("checkpoint.txt"),
				"--proof", ledger.path("proof.txt"), "--policy", ledger.path("policy.txt"));

		assertThat(r.code()).as(r.out()).isZero();
		assertThat(r.out()).contains("只增不改", "only grew from size 3 to 8");
	}

	@Test
	void exit7ForABadConsistencyProof() throws IOException {
		ledger.write("old.checkpoint", ledger.signedCheckpoint(3, ledger.log, ledger.w1, ledger.w2).toString());
		ledger.write("proof.txt", ledger.consistencyProof(4, 8));

		Run r = run("consistency", "--old", ledger.path("old.checkpoint"), "--new", ledger.path("checkpoint.txt"),
				"--proof", ledger.path("proof.txt"), "--policy", ledger.path("policy.txt"), "--json");

		assertThat(r.code()).as(r.out()).isEqualTo(7);
		assertThat(JsonMapper.builder().build().readTree(r.out()).get("failure").get("class").asString())
				.isEqualTo("CONSISTENCY_FAILED");
	}

	@Test
	void consistencyChecksBothCheckpointsAgainstThePolicy() throws IOException {
		ledger.write("old.checkpoint", ledger.signedCheckpoint(3, ledger.log, ledger.w1).toString());
		ledger.write("proof.txt", ledger.consistencyProof(3, 8));

		assertThat(run("consistency", "--old", ledger.path("old.checkpoint"), "--new", ledger.path("checkpoint.txt"),
				"--proof", ledger.path("proof.txt"), "--policy", ledger.path("policy.txt")).code()).isEqualTo(6);
	}

	@Test
	void exit8ForATimeStampOverOtherData() throws IOException {
		SignedNote other = ledger.signedCheckpoint(7, ledger.log, ledger.w1, ledger.w2);
		ledger.write("other.tsr", ledger.tsa.client(ImprintAlgorithm.SHA_256).stamp(other.text().getBytes(StandardCharsets.UTF_8)).encoded());

		Run r = receipt("--file", ledger.path("evidence.pdf"), "--tsa-token", ledger.path("other.tsr"),
				"--tsa-root", ledger.path("root.pem"));

		assertThat(r.code()).as(r.out()).isEqualTo(8);
		assertThat(r.out()).contains("IMPRINT_MISMATCH");
	}

	@Test
	void theTsaCommandChecksATokenOverACheckpoint() throws IOException {
		LocalTimestampAuthority stranger = LocalTimestampAuthority.generate("Stranger TSA");
		Files.writeString(dir.resolve("stranger.pem"), stranger.rootCertificatePem());

		assertThat(run("tsa", "--token", ledger.path("checkpoint.tsr"), "--data", ledger.path("checkpoint.txt"),
				"--root", ledger.path("root.pem")).code()).isZero();
		assertThat(run("tsa", "--token", ledger.path("checkpoint.tsr"), "--data", ledger.path("evidence.pdf"),
				"--root", ledger.path("root.pem")).code()).isEqualTo(8);
		Run untrusted = run("tsa", "--token", ledger.path("checkpoint.tsr"), "--data", ledger.path("checkpoint.txt"),
				"--root", dir.resolve("stranger.pem").toString(), "--json");
		assertThat(untrusted.code()).isEqualTo(8);
		assertThat(untrusted.out()).contains("UNTRUSTED_CHAIN");
	}

	@Test
	void helpListsEveryExitCode() {
		Run top = run("--help");
		Run receipt = run("receipt", "--help");

		assertThat(top.code()).isZero();
		assertThat(receipt.code()).isZero();
		for (ExitCode c : ExitCode.values()) {
			assertThat(receipt.out()).contains(c.code() + "   " + c.zh() + " / ");
		}
		assertThat(top.out()).contains("退出码 / Exit codes:", "receipt", "consistency", "tsa");
	}
}
