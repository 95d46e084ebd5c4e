package org.smartcourt.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: CPU, memory, JVM, load; and the machine-wide CPU use over a window. */
public final class Machine {

	private Machine() {
	}

	public static String describe() {
		String model = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
			.map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
		String memory = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal")).findFirst().orElse("?");
		return String.format(Locale.ROOT, "# cpu: %s, %d cores; %s; jvm: %s %s (%s), max heap %d MiB; loadavg: %s",
				model, Runtime.getRuntime().availableProcessors(), memory.replaceAll("\\s+", " "),
				System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.version"),
				Runtime.getRuntime().maxMemory() >> 20, loadAverage());
	}

	static String loadAverage() {
		return read("/proc/loadavg").trim();
	}

	/** Jiffies of all CPUs: busy and total, from /proc/stat, to compute utilisation between two samples. */
	record CpuSample(long busy, long total) {

		static CpuSample now() {
			String cpu = read("/proc/stat").lines().filter(l -> l.startsWith("cpu ")).findFirst().orElse("");
			List<Long> v = java.util.Arrays.stream(cpu.trim().split("\\s+")).skip(1).map(Long::parseLong).toList();
			if (v.size() < 5) {
				return new CpuSample(0, 0);
			}
			long total = v.stream().mapToLong(Long::longValue).sum();
			long idle = v.get(3) + v.get(4);
			return new CpuSample(total - idle, total);
		}

		/** The share of all cores busy since {@code before}, in percent. */
		double busyPercentSince(CpuSample before) {
			long total = this.total - before.total;
			return total == 0 ? 0 : 100.0 * (busy - before.busy) / total;
		}
	}

	static double processCpuSeconds() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1e9;
		}
		return -1;
	}

	/**
	 * CPU seconds used so far by the PostgreSQL cluster in {@code dataDirectory}: its postmaster (first line of
	 * postmaster.pid) and the postmaster's children (backends, WAL writer, checkpointer…); exited backends are not
	 * counted, so take samples while the app's pool keeps its connections. -1 if unknown.
	 */
	static double postgresCpuSeconds(Path dataDirectory) {
		try {
			long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
			long ticks = 0;
			try (var procs = Files.list(Path.of("/proc"))) {
				for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
					String stat = read(p.resolve("stat").toString());
					int close = stat.lastIndexOf(')');
					if (close < 0) {
						continue;
					}
					String[] f = stat.substring(close + 2).split(" ");
					long pid = Long.parseLong(p.getFileName().toString());
					if (pid == postmaster || Long.parseLong(f[1]) == postmaster) {
						ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
					}
				}
			}
			return ticks / 100.0;
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException e) {
			return "";
		}
	}
}
