package org.smartcourt.ledger.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.ledger.core.note.TlogProof;
import org.smartcourt.ledger.internal.CheckpointPublication;
import org.smartcourt.ledger.internal.PublishedCheckpoint;
import org.smartcourt.ledger.internal.Receipts;
import org.smartcourt.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log's signed state, public and without login: the current checkpoint, the log's verifier keys and its trust
 * policy under {@code /ledger/} as C2SP tools expect them (c2sp.org/tlog-tiles, tlog-checkpoint, tlog-policy), and
 * historic checkpoints and evidence receipts (c2sp.org/tlog-proof) under the API.
 */
@RestController
@Tag(name = "存证 Ledger")
class CheckpointController {

	private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private final CheckpointPublication publication;
	private final Receipts receipts;

	CheckpointController(CheckpointPublication publication, Receipts receipts) {
		this.publication = publication;
		this.receipts = receipts;
	}

	@GetMapping("/ledger/checkpoint")
	@Operation(summary = "当前检查点（c2sp.org/tlog-checkpoint，含见证人联署）")
	ResponseEntity<String> checkpoint() {
		PublishedCheckpoint head = publication.head().orElseThrow(CheckpointController::noCheckpoint);
		// mutable: cache for seconds only (c2sp.org/tlog-tiles)
		return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.maxAge(Duration.ofSeconds(2)).cachePublic())
			.body(head.note().toString());
	}

	@GetMapping("/ledger/key")
	@Operation(summary = "日志验证公钥（signed-note vkey 格式，每行一个）")
	ResponseEntity<String> key() {
		StringBuilder keys = new StringBuilder();
		publication.verifierKeys().forEach(k -> keys.append(k).append('\n'));
		return ResponseEntity.ok().contentType(TEXT).body(keys.toString());
	}

	@GetMapping("/ledger/policy")
	@Operation(summary = "信任策略（c2sp.org/tlog-policy）：日志公钥、见证人与法定数")
	ResponseEntity<String> policy() {
		return ResponseEntity.ok().contentType(TEXT)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("policy.txt").build().toString())
			.body(publication.policy().toString());
	}

	@GetMapping("/ledger/tsa-root.pem")
	@Operation(summary = "检查点时间戳服务的根证书（PEM），供离线核验时间戳")
	ResponseEntity<String> tsaRoot() {
		String pem = publication.tsaRoot().orElseThrow(CheckpointController::noCheckpoint);
		return ResponseEntity.ok().contentType(new MediaType("application", "x-pem-file")).body(pem);
	}

	@GetMapping("/api/v1/ledger/checkpoints/{size}/timestamp")
	@Operation(summary = "检查点的 RFC 3161 时间戳令牌（DER），覆盖检查点文本")
	ResponseEntity<byte[]> timestamp(@PathVariable long size) {
		byte[] token = publication.timestampToken(size).orElseThrow(CheckpointController::noCheckpoint);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("checkpoint-" + size + ".tst").build().toString())
			.body(token);
	}

	@GetMapping("/api/v1/ledger/checkpoints")
	@Operation(summary = "最近发布的检查点（历史检查点永久保存）")
	List<CheckpointResponse> recent(@RequestParam(defaultValue = "20") int limit) {
		return publication.recent(Math.max(1, Math.min(limit, 100))).stream().map(this::response).toList();
	}

	@GetMapping("/api/v1/ledger/checkpoints/{size}")
	@Operation(summary = "某一树大小首次发布的检查点")
	CheckpointResponse bySize(@PathVariable long size) {
		return publication.bySize(size).map(this::response).orElseThrow(CheckpointController::noCheckpoint);
	}

	@GetMapping("/api/v1/ledger/receipts/{index}")
	@Operation(summary = "存证凭证（c2sp.org/tlog-proof，.tlog-proof 文件）；wait=true 时最多等待 20 秒直至检查点覆盖该条目")
	ResponseEntity<String> receipt(@PathVariable long index, @RequestParam(defaultValue = "false") boolean wait) {
		TlogProof receipt = receipts.receipt(index, wait ? Receipts.MAX_WAIT : Duration.ZERO);
		return ResponseEntity.ok().contentType(TEXT)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("smartcourt-ledger-" + index + TlogProof.FILE_EXTENSION).build().toString())
			.body(receipt.toString());
	}

	private static DomainException noCheckpoint() {
		return DomainException.notFound("ledger-checkpoint-not-found", "problem.ledger-checkpoint-not-found.detail");
	}

	private CheckpointResponse response(PublishedCheckpoint c) {
		return new CheckpointResponse(c.size(), Base64.getEncoder().encodeToString(c.root()), c.note().toString(),
				c.publishedAt(), publication.timestampTime(c.size()).orElse(null));
	}

	/** A published checkpoint in JSON; {@code timestampedAt} is the RFC 3161 genTime, when stamped. */
	record CheckpointResponse(long size, String rootHash, String note, Instant publishedAt, Instant timestampedAt) {
	}
}
