package org.smartcourt.appraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who may be drawn for an entrustment: the roster entries of the field (2002 规定 art. 3) that are qualified today and
 * not conflicted (回避, art. 12). Every entry of the field that is left out is listed with its reason.
 */
public final class Eligibility {

	/** An entry of the field left out of the draw, and why. */
	public record Excluded(UUID id, String name, String reason) {

		public String line() {
			return id + "|" + name + "|" + reason;
		}

		public static Excluded parse(String line) {
			String[] parts = line.split("\\|", 3);
			return new Excluded(UUID.fromString(parts[0]), parts[1], parts[2]);
		}
	}

	/** The candidates in canonical order and the entries excluded. */
	public record Split(List<RandomDraw.Candidate> candidates, List<Excluded> excluded) {
	}

	private Eligibility() {
	}

	/** @param conflicts reasons for 回避 by institution id. */
	public static Split split(List<Institution> roster, String field, LocalDate today, Map<UUID, String> conflicts) {
		List<RandomDraw.Candidate> candidates = new ArrayList<>();
		List<Excluded> excluded = new ArrayList<>();
		roster.stream()
			.filter(i -> i.fields().contains(field))
			.sorted(Comparator.comparing(Institution::licence))
			.forEach(i -> {
				String why = i.unqualifiedReason(today).orElse(conflicts.get(i.id()));
				if (why == null) {
					candidates.add(i.candidate());
				}
				else {
					excluded.add(new Excluded(i.id(), i.name(), why));
				}
			});
		return new Split(RandomDraw.canonical(candidates), List.copyOf(excluded));
	}

	public static String text(List<Excluded> excluded) {
		StringBuilder text = new StringBuilder();
		excluded.forEach(e -> text.append(e.line()).append('\n'));
		return text.toString();
	}

	public static List<Excluded> parse(String text) {
		return text.lines().filter(l -> !l.isBlank()).map(Excluded::parse).toList();
	}
}
