package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.smartcourt.cases.DocketEntryType;

/**
 * The docket of one case while it is generated: entries in the order the steps happen; a step that would fall
 * before the previous one is moved to the previous one's day, so dates never go backwards.
 */
final class Timeline {

	record Entry(DocketEntryType type, LocalDate on, String summary, String details, String audience) {
	}

	private final List<Entry> entries = new ArrayList<>();
	private final LocalDate start;

	Timeline(LocalDate start) {
		this.start = start;
	}

	void add(DocketEntryType type, LocalDate on, String summary, String details) {
		add(type, on, summary, details, type.defaultAudience().name());
	}

	void add(DocketEntryType type, LocalDate on, String summary, String details, String audience) {
		entries.add(new Entry(type, on.isBefore(start) ? start : on, summary, details, audience));
	}

	/** The entries up to and including {@code last}, ordered by day (stable: same-day steps keep their order). */
	List<Entry> upTo(LocalDate last) {
		List<Entry> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparing(Entry::on));
		List<Entry> out = new ArrayList<>();
		for (Entry e : sorted) {
			if (!e.on().isAfter(last)) {
				out.add(e);
			}
		}
		return out;
	}
}
