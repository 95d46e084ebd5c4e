package org.smartcourt.ledger.web;

import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerEntry;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.ledger.core.LedgerLeaf;
import org.smartcourt.ledger.internal.FsckReport;
import org.smartcourt.ledger.internal.LedgerFsck;
import org.smartcourt.ledger.internal.LogReader;
import org.smartcourt.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's convenience API, all computed from the tiles (ledger-reference §7.5): inclusion proofs
 * (RFC 9162 §2.1.3), consistency proofs (§2.1.4), entries by index or by SHA-256 (public: hashes and opaque
 * references only). Anchoring a digest pair is for IT admins and the court staff who handle case material
 * (立案、法官、法官助理、书记员); fsck is for IT admins.
 */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "存证 Ledger")
class LedgerApiController {

	private static final Base64.Encoder BASE64 = Base64.getEncoder();

	private final Ledger ledger;
	private final LogReader reader;
	private final LedgerFsck fsck;
	private final AuditTrail audit;

	LedgerApiController(Ledger ledger, LogReader reader, LedgerFsck fsck, AuditTrail audit) {
		this.ledger = ledger;
		this.reader = reader;
		this.fsck = fsck;
		this.audit = audit;
	}

	@GetMapping("/proofs/inclusion")
	@Operation(summary = "包含证明（RFC 9162 §2.1.3）：按序号或叶哈希")
	InclusionProofResponse inclusion(@RequestParam(required = false) Long index,
			@RequestParam(required = false) String leafHash, @RequestParam(required = false) Long size) {
		long treeSize = size(size);
		long leaf;
		if (index != null) {
			leaf = index;
		}
		else if (leafHash != null) {
			leaf = reader.entryByLeafHash(Digest.parse("leafHash", leafHash).bytes())
				.map(e -> e.index().value())
				.orElseThrow(LedgerApiController::entryNotFound);
		}
		else {
			throw DomainException.invalid("ledger-missing-leaf", "problem.ledger-missing-leaf.detail", List.of());
		}
		if (leaf < 0 || leaf >= treeSize) {
			throw beyondSize(leaf, treeSize);
		}
		byte[] hash = ledger.find(new LedgerIndex(leaf))
			.map(LedgerEntry::leafHash)
			.orElseThrow(LedgerApiController::entryNotFound);
		return new InclusionProofResponse(reader.hasher().algorithm(), leaf, treeSize, BASE64.encodeToString(hash),
				BASE64.encodeToString(reader.root(treeSize)), encode(reader.inclusion(leaf, treeSize)));
	}

	@GetMapping("/proofs/consistency")
	@Operation(summary = "一致性证明（RFC 9162 §2.1.4）")
	ConsistencyProofResponse consistency(@RequestParam long from, @RequestParam(required = false) Long to) {
		long toSize = size(to);
		if (from < 1 || from > toSize) {
			throw beyondSize(from, toSize);
		}
		return new ConsistencyProofResponse(reader.hasher().algorithm(), from, toSize,
				BASE64.encodeToString(reader.root(from)), BASE64.encodeToString(reader.root(toSize)),
				encode(reader.consistency(from, toSize)));
	}

	@GetMapping("/entries/{index}")
	@Operation(summary = "按序号查询存证条目")
	EntryResponse entry(@PathVariable long index) {
		if (index < 0) {
			throw entryNotFound();
		}
		return ledger.find(new LedgerIndex(index))
			.map(EntryResponse::of)
			.orElseThrow(LedgerApiController::entryNotFound);
	}

	@GetMapping("/entries")
	@Operation(summary = "按 SHA-256 查询存证条目")
	List<EntryResponse> bySha256(@RequestParam String sha256) {
		return reader.entriesBySha256(Digest.parse("sha256", sha256).bytes()).stream().map(EntryResponse::of).toList();
	}

	@PostMapping("/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('IT_ADMIN', 'FILING_CLERK', 'JUDGE', 'ASSISTANT', 'CLERK')")
	@Operation(summary = "存证一对摘要（技术处管理员与办案人员），返回序号")
	AnchorResponse anchor(@RequestBody AnchorRequest request) {
		LedgerRecord record = record(request);
		LedgerIndex index = await(ledger.append(record));
		audit.success("ledger.entry.anchor", "ledger-entry", Long.toString(index.value()));
		return new AnchorResponse(index.value(), ledger.size());
	}

	@PostMapping("/fsck")
	@PreAuthorize("hasRole('IT_ADMIN')")
	@Operation(summary = "校验整个日志（技术处管理员）")
	FsckReport fsck() {
		FsckReport report = fsck.run();
		audit.success("ledger.fsck", "ledger", report.ok() ? "ok" : "problems");
		return report;
	}

	private static LedgerRecord record(AnchorRequest request) {
		List<DomainException.FieldProblem> problems = new java.util.ArrayList<>();
		EntryType type = request.type() == null ? null : EntryType.fromWireName(request.type()).orElse(null);
		if (type == null) {
			problems.add(new DomainException.FieldProblem("type", "unknown", "ledger.field.type"));
		}
		if (!LedgerLeaf.isValidReference(request.reference())) {
			problems.add(new DomainException.FieldProblem("reference", "invalid", "ledger.field.reference"));
		}
		byte[] sha256 = digest("sha256", request.sha256(), problems);
		byte[] sm3 = digest("sm3", request.sm3(), problems);
		if (!problems.isEmpty()) {
			throw DomainException.invalid("ledger-invalid-record", "problem.ledger-invalid-record.detail", problems);
		}
		return new LedgerRecord(type, sha256, sm3, request.reference());
	}

	private static byte[] digest(String field, String value, List<DomainException.FieldProblem> problems) {
		try {
			return Digest.parse(field, value).bytes();
		}
		catch (DomainException malformed) {
			problems.addAll(malformed.fieldProblems());
			return null;
		}
	}

	private static LedgerIndex await(java.util.concurrent.CompletableFuture<LedgerIndex> future) {
		try {
			return future.get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw unavailable();
		}
	}

	private long size(Long requested) {
		long current = reader.size();
		if (requested == null) {
			return current;
		}
		if (requested < 0 || requested > current) {
			throw beyondSize(requested, current);
		}
		return requested;
	}

	private static List<String> encode(List<byte[]> hashes) {
		return hashes.stream().map(BASE64::encodeToString).toList();
	}

	private static DomainException beyondSize(long value, long size) {
		return new DomainException(DomainException.Kind.INVALID_INPUT, "ledger-beyond-size",
				"problem.ledger-beyond-size.detail", value, size);
	}

	private static DomainException entryNotFound() {
		return DomainException.notFound("ledger-entry-not-found", "problem.ledger-entry-not-found.detail");
	}

	private static DomainException unavailable() {
		return new DomainException(DomainException.Kind.UNAVAILABLE, "ledger-unavailable",
				"problem.ledger-unavailable.detail");
	}
}
