package org.smartcourt.ledger.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.core.note.CheckpointRejectedException;
import org.smartcourt.ledger.internal.CheckpointPublication;
import org.smartcourt.ledger.internal.FsckReport;
import org.smartcourt.ledger.internal.LedgerFsck;
import org.smartcourt.ledger.internal.PublishedCheckpoint;
import org.smartcourt.ledger.internal.WitnessStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The IT admin's view of the evidence ledger (证据链运行状态): size, the published checkpoint and who cosigned it,
 * each witness's last answer, the log's keys and policy, and a full integrity check (fsck) on demand.
 */
@Controller
@PreAuthorize("hasRole('IT_ADMIN')")
class LedgerAdminPageController {

	private final Ledger ledger;
	private final CheckpointPublication publication;
	private final LedgerFsck fsck;
	private final AuditTrail audit;

	LedgerAdminPageController(Ledger ledger, CheckpointPublication publication, LedgerFsck fsck, AuditTrail audit) {
		this.ledger = ledger;
		this.publication = publication;
		this.fsck = fsck;
		this.audit = audit;
	}

	@GetMapping("/admin/ledger")
	String status(Model model) {
		model.addAttribute("size", ledger.size());
		PublishedCheckpoint head = publication.head().orElse(null);
		model.addAttribute("head", head);
		if (head != null) {
			try {
				model.addAttribute("cosigners", publication.policy().verify(head.note()).cosigners());
			}
			catch (CheckpointRejectedException e) {
				model.addAttribute("headProblem", e.getMessage());
			}
			model.addAttribute("timestamped", publication.timestampTime(head.size()).orElse(null));
		}
		model.addAttribute("witnesses", publication.witnesses());
		model.addAttribute("statuses", publication.witnessStatuses().stream()
			.collect(Collectors.toMap(WitnessStatus::witness, Function.identity())));
		model.addAttribute("keys", publication.verifierKeys());
		model.addAttribute("policy", publication.policy().toString());
		return "ledger/admin";
	}

	@PostMapping("/admin/ledger/fsck")
	String runFsck(Model model) {
		FsckReport report = fsck.run();
		audit.success("ledger.fsck", "ledger", report.ok() ? "ok" : "problems");
		model.addAttribute("fsck", report);
		return status(model);
	}
}
