package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A transparency log trust policy (c2sp.org/tlog-policy): the logs trusted to sign checkpoints, the witnesses, their
 * groups and the quorum. A checkpoint is valid when any listed log signed it and the witnesses who cosigned it satisfy
 * the quorum. Parsing follows the specification's syntax: space/tab-separated items, {@code #} comments, names
 * defined before use, each member at most once per group, {@code 1 <= k <= n}, exactly one quorum line, no duplicate
 * keys. Immutable.
 */
public final class Policy {

	/** The predefined name of the empty quorum. */
	public static final String NONE = "none";
	private static final int LIMIT = 256;

	/** A trusted log. */
	public record Log(VerifierKey key, Optional<String> url) {
	}

	/** A named witness. */
	public record Witness(String name, VerifierKey key, Optional<String> url) {
	}

	/** A group that witnesses a checkpoint when at least {@code threshold} of its members do. */
	public record Group(String name, int threshold, List<String> members) {
	}

	/** What a policy check established about an accepted checkpoint. */
	public record Verified(Checkpoint checkpoint, String logKeyName, Map<String, Instant> cosigners) {
	}

	private final String text;
	private final List<Log> logs;
	private final Map<String, Witness> witnesses;
	private final Map<String, Group> groups;
	private final String quorum;

	private Policy(String text, List<Log> logs, Map<String, Witness> witnesses, Map<String, Group> groups, String quorum) {
		this.text = text;
		this.logs = List.copyOf(logs);
		this.witnesses = Collections.unmodifiableMap(new LinkedHashMap<>(witnesses));
		this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
		this.quorum = quorum;
	}

	/** Parses a policy file. */
	public static Policy parse(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			if (b < 0x20 && b != '\t' && b != '\n' || b == 0x7f) {
				throw new InvalidNoteException("policy line contains a control character at offset " + i);
			}
		}
		return parse(new String(bytes, StandardCharsets.UTF_8));
	}

	/** Parses a policy file's text. */
	public static Policy parse(String text) {
		List<Log> logs = new ArrayList<>();
		Map<String, Witness> witnesses = new LinkedHashMap<>();
		Map<String, Group> groups = new LinkedHashMap<>();
		String quorum = null;
		int lineNo = 0;
		for (String raw : text.split("\n", -1)) {
			lineNo++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (raw.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
				throw problem(lineNo, "control characters other than tab are not allowed");
			}
			String[] item = line.split("[ \t]+");
			switch (item[0]) {
				case "log" -> {
					requireArity(item, 2, 3, lineNo);
					VerifierKey key = parseKey(item[1], lineNo);
					if (key.isCosignatureKey()) {
						throw problem(lineNo, "a log key cannot be a cosignature key");
					}
					if (logs.stream().anyMatch(l -> l.key().sameKeyAs(key))) {
						throw problem(lineNo, "duplicate log key");
					}
					logs.add(new Log(key, url(item)));
				}
				case "witness" -> {
					requireArity(item, 3, 4, lineNo);
					String name = newName(item[1], witnesses, groups, lineNo);
					VerifierKey key = parseKey(item[2], lineNo);
					if (!key.isCosignatureKey()) {
						throw problem(lineNo, "a witness key must be a cosignature/v1 key (type 0x04)");
					}
					if (witnesses.values().stream().anyMatch(w -> w.key().sameKeyAs(key))) {
						throw problem(lineNo, "duplicate witness key");
					}
					witnesses.put(name, new Witness(name, key, url(item)));
				}
				case "group" -> {
					if (item.length < 4) {
						throw problem(lineNo, "a group is 'group <name> <all|any|k> <member>...'");
					}
					String name = newName(item[1], witnesses, groups, lineNo);
					List<String> members = List.of(item).subList(3, item.length);
					Set<String> seen = new LinkedHashSet<>();
					for (String m : members) {
						if (!witnesses.containsKey(m) && !groups.containsKey(m)) {
							throw problem(lineNo, "group member '" + m + "' is not defined on a preceding line");
						}
						if (!seen.add(m)) {
							throw problem(lineNo, "group member '" + m + "' is listed twice");
						}
					}
					groups.put(name, new Group(name, threshold(item[2], members.size(), lineNo), members));
				}
				case "quorum" -> {
					requireArity(item, 2, 2, lineNo);
					if (quorum != null) {
						throw problem(lineNo, "a policy has exactly one quorum line");
					}
					if (!item[1].equals(NONE) && !witnesses.containsKey(item[1]) && !groups.containsKey(item[1])) {
						throw problem(lineNo, "quorum '" + item[1] + "' is not defined on a preceding line");
					}
					quorum = item[1];
				}
				default -> throw problem(lineNo, "unknown keyword '" + item[0] + "'");
			}
			if (logs.size() > LIMIT || witnesses.size() > LIMIT || groups.size() > LIMIT) {
				throw problem(lineNo, "more than " + LIMIT + " logs, witnesses or groups");
			}
		}
		if (quorum == null) {
			throw new InvalidNoteException("a policy needs a quorum line");
		}
		return new Policy(text, logs, witnesses, groups, quorum);
	}

	private static String newName(String name, Map<String, Witness> witnesses, Map<String, Group> groups, int lineNo) {
		if (name.equals(NONE) || witnesses.containsKey(name) || groups.containsKey(name)) {
			throw problem(lineNo, "name '" + name + "' is already defined");
		}
		return name;
	}

	private static int threshold(String k, int n, int lineNo) {
		if (k.equals("all")) {
			return n;
		}
		if (k.equals("any")) {
			return 1;
		}
		if (!k.matches("[1-9][0-9]{0,3}")) {
			throw problem(lineNo, "threshold must be all, any or a decimal number");
		}
		int threshold = Integer.parseInt(k);
		if (threshold > n) {
			throw problem(lineNo, "threshold " + threshold + " exceeds the " + n + " members");
		}
		return threshold;
	}

	private static VerifierKey parseKey(String vkey, int lineNo) {
		try {
			VerifierKey key = VerifierKey.parse(vkey);
			key.verifier();
			return key;
		} catch (InvalidNoteException e) {
			throw problem(lineNo, e.getMessage());
		}
	}

	private static Optional<String> url(String[] item) {
		return item.length == (item[0].equals("log") ? 3 : 4) ? Optional.of(item[item.length - 1]) : Optional.empty();
	}

	private static void requireArity(String[] item, int min, int max, int lineNo) {
		if (item.length < min || item.length > max) {
			throw problem(lineNo, "wrong number of items on a '" + item[0] + "' line");
		}
	}

	private static InvalidNoteException problem(int lineNo, String message) {
		return new InvalidNoteException("policy line " + lineNo + ": " + message);
	}

	/**
	 * Checks a signed checkpoint against this policy.
	 *
	 * @throws InvalidNoteException when the note's text is not a checkpoint
	 * @throws CheckpointRejectedException when no trusted log signed it for its origin, a known key's signature fails,
	 *         or the cosignatures do not meet the quorum
	 */
	public Verified verify(SignedNote note) {
		Checkpoint checkpoint = Checkpoint.parse(note.text());
		String logKeyName = null;
		for (Log log : logs) {
			if (log.key().name().equals(checkpoint.origin()) && !verified(note, log.key()).isEmpty()) {
				logKeyName = log.key().name();
			}
		}
		if (logKeyName == null) {
			throw new CheckpointRejectedException(CheckpointRejectedException.Reason.NO_LOG_SIGNATURE,
					"no log trusted by the policy signed this checkpoint of " + checkpoint.origin());
		}
		Map<String, Instant> cosigners = new LinkedHashMap<>();
		for (Witness w : witnesses.values()) {
			verified(note, w.key()).stream().findFirst()
					.ifPresent(s -> cosigners.put(w.name(), CosignatureV1.timestamp(s.signature())));
		}
		if (!witnessed(quorum, cosigners.keySet())) {
			throw new CheckpointRejectedException(CheckpointRejectedException.Reason.QUORUM_NOT_MET,
					"the cosignatures of " + cosigners.keySet() + " do not satisfy the quorum '" + quorum + "'");
		}
		return new Verified(checkpoint, logKeyName, cosigners);
	}

	private static List<NoteSignature> verified(SignedNote note, VerifierKey key) {
		try {
			return note.verifiedBy(key.verifier());
		} catch (InvalidSignatureException e) {
			throw new CheckpointRejectedException(CheckpointRejectedException.Reason.BAD_SIGNATURE, e.getMessage());
		}
	}

	/** Whether the named witness or group witnessed, given the witnesses whose cosignatures verified. */
	public boolean witnessed(String name, Set<String> cosigners) {
		if (name.equals(NONE)) {
			return true;
		}
		Group group = groups.get(name);
		if (group == null) {
			return cosigners.contains(name);
		}
		return group.members().stream().filter(m -> witnessed(m, cosigners)).count() >= group.threshold();
	}

	public List<Log> logs() {
		return logs;
	}

	/** The witnesses in the order the file defines them. */
	public List<Witness> witnesses() {
		return List.copyOf(witnesses.values());
	}

	public Map<String, Group> groups() {
		return groups;
	}

	public String quorum() {
		return quorum;
	}

	/** The policy file as parsed. */
	@Override
	public String toString() {
		return text;
	}
}
