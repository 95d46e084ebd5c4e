package org.smartcourt.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.ledger.internal.Receipts;
import org.smartcourt.ledger.verify.LedgerVerify;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the log serves, read the way an outside tool would, by rules written from the C2SP texts (signed-note,
 * tlog-checkpoint, tlog-cosignature, tlog-tiles, tlog-proof) and RFC 9162 §2.1, and deliberately without
 * SmartCourt's ledger-core: key IDs, Ed25519 signatures and cosignatures, tiles and entry bundles that rebuild the
 * checkpoint's root, and a receipt's inclusion proof. Then the offline verifier (ledger-verify) checks a receipt
 * downloaded from the app.
 */
@IntegrationTest
class LedgerInteroperabilityTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final Pattern SIGNATURE_LINE = Pattern.compile("\u2014 (\\S+) ([A-Za-z0-9+/]+={0,2})");

	@Autowired
	Ledger ledger;

	@Autowired
	Receipts receipts;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	private byte[] get(String path) throws Exception {
		HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).as(path).isEqualTo(200);
		return r.body();
	}

	private String text(String path) throws Exception {
		return new String(get(path), StandardCharsets.UTF_8);
	}

	private long appendSome(int n) throws Exception {
		List<CompletableFuture<LedgerIndex>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			futures.add(ledger.append(LedgerRecords.fresh(EntryType.EVIDENCE_FILE)));
		}
		long last = 0;
		for (CompletableFuture<LedgerIndex> f : futures) {
			last = Math.max(last, f.get(10, TimeUnit.SECONDS).value());
		}
		assertThat(receipts.covering(last, java.time.Duration.ofSeconds(20))).isPresent();
		return last;
	}

	@Test
	void theCheckpointFollowsSignedNoteTlogCheckpointAndTlogCosignature() throws Exception {
		appendSome(3);
		String note = text("/ledger/checkpoint");

		// signed-note: text ending in newline, a blank line, then "— name base64(keyid||sig)" lines
		int split = note.lastIndexOf("\n\n");
		String body = note.substring(0, split + 1);
		String[] lines = body.split("\n");
		// tlog-checkpoint: origin, decimal size without leading zeros, base64 root hash
		assertThat(lines).hasSize(3);
		assertThat(lines[1]).matches("0|[1-9][0-9]*");
		assertThat(Base64.getDecoder().decode(lines[2])).hasSize(32);
		String[] logKey = text("/ledger/key").lines().findFirst().orElseThrow().split("\\+", 3);
		assertThat(logKey[0]).isEqualTo(lines[0]);
		byte[] logTypeAndKey = Base64.getDecoder().decode(logKey[2]);
		assertThat(logTypeAndKey[0]).isEqualTo((byte) 0x01);
		assertThat(logKey[1]).isEqualTo(keyId(logKey[0], logTypeAndKey));

		int logSignatures = 0;
		int cosignatures = 0;
		List<String[]> witnesses = text("/ledger/policy").lines().filter(l -> l.startsWith("witness "))
			.map(l -> l.split(" ")).toList();
		for (String line : note.substring(split + 2).split("\n")) {
			Matcher m = SIGNATURE_LINE.matcher(line);
			assertThat(m.matches()).as(line).isTrue();
			byte[] blob = Base64.getDecoder().decode(m.group(2));
			String id = HexFormat.of().formatHex(blob, 0, 4);
			if (m.group(1).equals(logKey[0]) && id.equals(logKey[1])) {
				assertThat(Ed25519.verify(Arrays.copyOfRange(blob, 4, 68), 0, Arrays.copyOfRange(logTypeAndKey, 1, 33), 0,
						body.getBytes(StandardCharsets.UTF_8), 0, body.getBytes(StandardCharsets.UTF_8).length)).isTrue();
				logSignatures++;
			}
			for (String[] w : witnesses) {
				String[] vkey = w[2].split("\\+", 3);
				byte[] typeAndKey = Base64.getDecoder().decode(vkey[2]);
				if (m.group(1).equals(vkey[0]) && id.equals(vkey[1])) {
					// tlog-cosignature: key ID over type 0x04; u64 timestamp then Ed25519 over the cosigned message
					assertThat(typeAndKey[0]).isEqualTo((byte) 0x04);
					assertThat(vkey[1]).isEqualTo(keyId(vkey[0], typeAndKey));
					assertThat(blob).hasSize(4 + 8 + 64);
					long time = ByteBuffer.wrap(blob, 4, 8).getLong();
					byte[] message = ("cosignature/v1\ntime " + time + "\n" + body).getBytes(StandardCharsets.UTF_8);
					assertThat(Ed25519.verify(Arrays.copyOfRange(blob, 12, 76), 0, Arrays.copyOfRange(typeAndKey, 1, 33), 0,
							message, 0, message.length)).isTrue();
					cosignatures++;
				}
			}
		}
		assertThat(logSignatures).isEqualTo(1);
		assertThat(cosignatures).isEqualTo(2);
	}

	@Test
	void tilesAndEntryBundlesRebuildTheCheckpointRoot() throws Exception {
		appendSome(300);
		String[] checkpoint = text("/ledger/checkpoint").split("\n");
		long size = Long.parseLong(checkpoint[1]);
		byte[] root = Base64.getDecoder().decode(checkpoint[2]);

		List<byte[]> leaves = new ArrayList<>();
		for (long n = 0; n * 256 < size; n++) {
			long width = Math.min(256, size - n * 256);
			String suffix = width == 256 ? "" : ".p/" + width;
			byte[] tile = get("/ledger/tile/0/" + path(n) + suffix);
			byte[] bundle = get("/ledger/tile/entries/" + path(n) + suffix);
			assertThat(tile).hasSize((int) width * 32);
			// tlog-tiles: entry bundles are uint16 big-endian length-prefixed entries; level 0 holds their leaf hashes
			ByteBuffer entries = ByteBuffer.wrap(bundle);
			for (int i = 0; i < width; i++) {
				byte[] entry = new byte[entries.getShort() & 0xffff];
				entries.get(entry);
				byte[] leafHash = sha256(new byte[] { 0 }, entry);
				assertThat(Arrays.copyOfRange(tile, i * 32, i * 32 + 32)).isEqualTo(leafHash);
				leaves.add(leafHash);
			}
			assertThat(entries.hasRemaining()).isFalse();
			if (width == 256) {
				// a level-1 hash is the MTH of the full level-0 tile below it
				byte[] level1 = get("/ledger/tile/1/000" + (size >= 256 * 256 ? "" : ".p/" + (size / 256)));
				assertThat(Arrays.copyOfRange(level1, (int) n * 32, (int) n * 32 + 32))
					.isEqualTo(mth(leaves.subList((int) n * 256, (int) n * 256 + 256)));
			}
		}
		assertThat(mth(leaves)).isEqualTo(root);
	}

	@Test
	void aDownloadedReceiptFollowsTlogProofAndPassesTheOfflineVerifier() throws Exception {
		byte[] evidence = ("起诉状 " + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		org.bouncycastle.crypto.digests.SM3Digest sm3 = new org.bouncycastle.crypto.digests.SM3Digest();
		sm3.update(evidence, 0, evidence.length);
		byte[] sm3Hash = new byte[32];
		sm3.doFinal(sm3Hash, 0);
		long index = ledger.append(new LedgerRecord(EntryType.EVIDENCE_FILE, sha256(evidence), sm3Hash, "test:interop"))
			.get(10, TimeUnit.SECONDS).value();
		String receipt = text("/api/v1/ledger/receipts/" + index + "?wait=true");

		// tlog-proof: header, optional extra, index, proof hashes, blank line, checkpoint
		String[] head = receipt.substring(0, receipt.indexOf("\n\n")).split("\n");
		assertThat(head[0]).isEqualTo("c2sp.org/tlog-proof@v1");
		assertThat(head[1]).startsWith("extra ");
		byte[] leaf = Base64.getDecoder().decode(head[1].substring(6));
		assertThat(new String(leaf, StandardCharsets.UTF_8)).contains("sha256 " + HexFormat.of().formatHex(sha256(evidence)));
		assertThat(head[2]).isEqualTo("index " + index);
		String[] checkpoint = receipt.substring(receipt.indexOf("\n\n") + 2).split("\n");
		List<byte[]> proof = Arrays.stream(head).skip(3).map(Base64.getDecoder()::decode).toList();
		assertThat(rootFromInclusion(index, Long.parseLong(checkpoint[1]), sha256(new byte[] { 0 }, leaf), proof))
			.isEqualTo(Base64.getDecoder().decode(checkpoint[2]));

		Path proofFile = Files.writeString(folder.resolve("r.tlog-proof"), receipt);
		Path policy = Files.write(folder.resolve("policy.txt"), get("/ledger/policy"));
		Path file = Files.write(folder.resolve("evidence.txt"), evidence);
		StringWriter out = new StringWriter();
		int code = LedgerVerify.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "receipt", "--proof",
				proofFile.toString(), "--policy", policy.toString(), "--file", file.toString());
		assertThat(code).as(out.toString()).isZero();
		assertThat(out.toString()).contains("demo-witness-a", "demo-witness-b");
		Files.write(file, "改过的起诉状".getBytes(StandardCharsets.UTF_8));
		assertThat(LedgerVerify.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "receipt",
				"--proof", proofFile.toString(), "--policy", policy.toString(), "--file", file.toString())).isEqualTo(3);
	}

	/** RFC 9162 §2.1.3.2, as written there. */
	private static byte[] rootFromInclusion(long index, long size, byte[] leafHash, List<byte[]> proof) {
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : proof) {
			assertThat(sn).isNotZero();
			if ((fn & 1) == 1 || fn == sn) {
				r = sha256(new byte[] { 1 }, p, r);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>= 1;
						sn >>= 1;
					}
				}
			}
			else {
				r = sha256(new byte[] { 1 }, r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		assertThat(sn).isZero();
		return r;
	}

	/** RFC 9162 §2.1.1: MTH by the recursive definition. */
	private static byte[] mth(List<byte[]> leaves) {
		if (leaves.size() == 1) {
			return leaves.get(0);
		}
		int k = Integer.highestOneBit(leaves.size() - 1);
		return sha256(new byte[] { 1 }, mth(leaves.subList(0, k)), mth(leaves.subList(k, leaves.size())));
	}

	/** tlog-tiles: N as zero-padded three-digit elements, all but the last prefixed with x. */
	private static String path(long n) {
		String digits = String.valueOf(n);
		digits = "0".repeat((3 - digits.length() % 3) % 3) + digits;
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i += 3) {
			out.append(i + 3 < digits.length() ? "x" : "").append(digits, i, i + 3).append(i + 3 < digits.length() ? "/" : "");
		}
		return out.toString();
	}

	private static String keyId(String name, byte[] typeAndKey) {
		return HexFormat.of().formatHex(sha256(name.getBytes(StandardCharsets.UTF_8), new byte[] { 0x0A }, typeAndKey), 0, 4);
	}

	private static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			for (byte[] p : parts) {
				md.update(p);
			}
			return md.digest();
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
