package org.smartcourt.ledger.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.ledger.core.note.CheckpointRejectedException;
import org.smartcourt.ledger.core.note.InvalidNoteException;
import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.note.SignedNote;

/** The checks every command shares: reading a tlog-policy and judging a signed checkpoint by it. */
final class CheckpointChecks {

	private CheckpointChecks() {
	}

	static Policy readPolicy(Path file) throws VerificationFailure {
		byte[] bytes = InputFiles.read(file, "policy");
		try {
			return Policy.parse(bytes);
		} catch (InvalidNoteException e) {
			throw new VerificationFailure(ExitCode.MALFORMED, "policy", "the policy " + file + " is malformed: " + e.getMessage());
		}
	}

	/**
	 * The policy's verdict on a checkpoint, as a report check: exit 5 without a valid trusted log signature (or with a
	 * known key's signature that fails), exit 6 when the witness quorum is not met, exit 2 for a malformed checkpoint.
	 */
	static Policy.Verified verify(Report report, Policy policy, SignedNote note, String which) throws VerificationFailure {
		report.begin("checkpoint" + which, "检查点签名与见证人法定数" + whichZh(which),
				"checkpoint log signature and witness quorum" + whichEn(which));
		try {
			Policy.Verified verified = policy.verify(note);
			report.pass("log key " + verified.logKeyName() + "; cosigners " + verified.cosigners().keySet()
					+ "; quorum '" + policy.quorum() + "' met");
			return verified;
		} catch (CheckpointRejectedException e) {
			ExitCode code = e.reason() == CheckpointRejectedException.Reason.QUORUM_NOT_MET
					? ExitCode.QUORUM_NOT_MET : ExitCode.LOG_SIGNATURE;
			throw new VerificationFailure(code, "checkpoint" + which, e.reason() + ": " + e.getMessage());
		} catch (InvalidNoteException e) {
			throw new VerificationFailure(ExitCode.MALFORMED, "checkpoint" + which, "the checkpoint is malformed: " + e.getMessage());
		}
	}

	private static String whichZh(String which) {
		return which.isEmpty() ? "" : which.equals("Old") ? "（旧）" : "（新）";
	}

	private static String whichEn(String which) {
		return which.isEmpty() ? "" : " (" + which.toLowerCase() + ")";
	}

	/** The cosigners with their cosignature times, for the facts. */
	static List<Map<String, Object>> cosigners(Policy policy, Policy.Verified verified) {
		List<Map<String, Object>> list = new ArrayList<>();
		verified.cosigners().forEach((name, time) -> {
			String key = policy.witnesses().stream().filter(w -> w.name().equals(name)).findFirst()
					.map(w -> w.key().name()).orElse(name);
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("witness", name);
			m.put("key", key);
			m.put("time", Report.time(time));
			m.put("text", name + " (" + key + ") — " + Report.timeText(time));
			list.add(m);
		});
		return list;
	}

	static SignedNote parseNote(byte[] bytes, String what) throws VerificationFailure {
		try {
			return SignedNote.parse(bytes);
		} catch (InvalidNoteException e) {
			throw new VerificationFailure(ExitCode.MALFORMED, "input", "the " + what + " is not a signed note: " + e.getMessage());
		}
	}
}
