package org.smartcourt.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} options of one bench command; unknown names are refused so typos do not go unnoticed. */
public final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final List<String> known;

	public Options(List<String> args, List<String> known) {
		this.known = known;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --name value, got " + arg);
			}
			String name = arg.substring(2);
			if (!known.contains(name)) {
				throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
			}
			values.put(name, args.get(++i));
		}
	}

	public int integer(String name, int fallback) {
		return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
	}

	public String string(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	public boolean flag(String name, boolean fallback) {
		return values.containsKey(name) ? Boolean.parseBoolean(values.get(name)) : fallback;
	}

	/** A duration in seconds ({@code 60}) or Spring's style ({@code 500ms}, {@code 2s}). */
	public Duration duration(String name, Duration fallback) {
		String v = values.get(name);
		if (v == null) {
			return fallback;
		}
		if (v.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
		}
		return Duration.ofMillis((long) (Double.parseDouble(v.endsWith("s") ? v.substring(0, v.length() - 1) : v) * 1000));
	}

	public Path path(String name, Path fallback) {
		return values.containsKey(name) ? Path.of(values.get(name)) : fallback;
	}

	List<String> known() {
		return known;
	}
}
