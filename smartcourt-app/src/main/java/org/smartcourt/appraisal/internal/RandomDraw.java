package org.smartcourt.appraisal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * 随机选择鉴定机构 (2002 规定 art. 3, art. 10): a uniform draw among the qualified, unconflicted candidates, reproducible
 * from its seed. The candidates are put in a canonical order (licence number, then id), the index drawn is
 * {@code new SplittableRandom(seed).nextInt(n)}, and the canonical list is fingerprinted with SHA-256, so that a
 * replay with the stored seed and list gives the same institution and any change to the list shows.
 * {@link SplittableRandom}'s sequence for a seed is fixed by its specification, so the draw does not depend on the JVM.
 */
public final class RandomDraw {

	/** Stored with every draw, so a later change of the method cannot be confused with this one. */
	public static final String ALGORITHM = "uniform/splittable-random/licence-order/v1";

	/** One candidate institution. */
	public record Candidate(UUID id, String licence, String name) {

		public String line() {
			return id + "|" + licence + "|" + name;
		}

		public static Candidate parse(String line) {
			String[] parts = line.split("\\|", 3);
			return new Candidate(UUID.fromString(parts[0]), parts[1], parts[2]);
		}
	}

	/** A draw as stored or replayed. */
	public record Result(List<Candidate> candidates, String fingerprint, Candidate chosen) {
	}

	/** A stored draw run again: who it picks now and whether that and the list are as recorded. */
	public record Replay(Candidate recorded, Candidate replayed, boolean sameCandidates, boolean matches) {
	}

	private RandomDraw() {
	}

	public static List<Candidate> canonical(List<Candidate> candidates) {
		return candidates.stream()
			.sorted(Comparator.comparing(Candidate::licence).thenComparing(c -> c.id().toString()))
			.toList();
	}

	public static Result draw(long seed, List<Candidate> candidates) {
		if (candidates.isEmpty()) {
			throw new IllegalArgumentException("no candidate to draw from");
		}
		List<Candidate> ordered = canonical(candidates);
		Candidate chosen = ordered.get(new SplittableRandom(seed).nextInt(ordered.size()));
		return new Result(ordered, fingerprint(ordered), chosen);
	}

	/**
	 * Runs the draw again on {@code candidates} (as stored, in their stored order) with {@code seed}; it matches when
	 * the list's fingerprint is the stored one and the same institution comes out.
	 */
	public static Replay replay(long seed, List<Candidate> candidates, String storedFingerprint, UUID recordedChosen) {
		Candidate recorded = candidates.stream().filter(c -> c.id().equals(recordedChosen)).findFirst()
			.orElse(new Candidate(recordedChosen, "", ""));
		if (candidates.isEmpty()) {
			return new Replay(recorded, null, false, false);
		}
		Candidate replayed = candidates.get(new SplittableRandom(seed).nextInt(candidates.size()));
		boolean same = fingerprint(candidates).equals(storedFingerprint);
		return new Replay(recorded, replayed, same, same && replayed.id().equals(recordedChosen));
	}

	public static String fingerprint(List<Candidate> ordered) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text(ordered).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String text(List<Candidate> ordered) {
		StringBuilder text = new StringBuilder();
		ordered.forEach(c -> text.append(c.line()).append('\n'));
		return text.toString();
	}

	public static List<Candidate> parse(String text) {
		return text.lines().filter(l -> !l.isBlank()).map(Candidate::parse).toList();
	}
}
