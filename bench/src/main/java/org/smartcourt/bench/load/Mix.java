package org.smartcourt.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Users per role ({@code litigant=3,clerk=2,judge=3,search=1,president=1}): in the closed model the number of
 * virtual users of each role, in the open model the share of arrivals.
 */
record Mix(Map<Role, Integer> users) {

	static Mix parse(String text) {
		Map<Role, Integer> users = new EnumMap<>(Role.class);
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			String[] kv = part.split("=");
			int n = Integer.parseInt(kv[1].trim());
			if (n > 0) {
				users.put(Role.of(kv[0]), n);
			}
		}
		if (users.isEmpty()) {
			throw new IllegalArgumentException("the mix names no users: " + text);
		}
		return new Mix(Map.copyOf(users));
	}

	int total() {
		return users.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The same proportions for {@code total} users (each role keeps at least one). */
	Mix scaledTo(int total) {
		Map<Role, Integer> scaled = new EnumMap<>(Role.class);
		int sum = total();
		users.forEach((role, n) -> scaled.put(role, Math.max(1, (int) Math.round((double) n * total / sum))));
		return new Mix(Map.copyOf(scaled));
	}

	/** A role drawn with the mix's weights. */
	Role draw(Random random) {
		int pick = random.nextInt(total());
		for (Role role : Role.values()) {
			pick -= users.getOrDefault(role, 0);
			if (pick < 0) {
				return role;
			}
		}
		throw new IllegalStateException();
	}

	@Override
	public String toString() {
		return users.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey().key() + "=" + e.getValue()).collect(Collectors.joining(","));
	}
}
