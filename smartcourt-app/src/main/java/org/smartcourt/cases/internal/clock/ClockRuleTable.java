package org.smartcourt.cases.internal.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcourt.cases.Procedure;
import org.smartcourt.deadlines.RuleId;

/**
 * Which deadline rule a case's 审限 runs under, from its 类型代字 or 案件类型代码 and its {@link Procedure}, as read
 * from the versioned file {@code reference/cases/clock-rules.csv}. The most specific row wins (key and procedure
 * before key and {@code *}; 类型代字 before 案件类型代码). No row means no clock.
 */
public final class ClockRuleTable {

	/** One row: a key (类型代字 or 4-digit code), a procedure or {@literal null} for any, and the rule. */
	public record Row(String key, Procedure procedure, RuleId rule) {
	}

	public static final String RESOURCE = "reference/cases/clock-rules.csv";

	private final String version;
	private final List<Row> rows;

	private ClockRuleTable(String version, List<Row> rows) {
		this.version = version;
		this.rows = List.copyOf(rows);
	}

	/** The bundled table. */
	public static ClockRuleTable bundled() {
		try (InputStream in = ClockRuleTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses the CSV lines: {@code #} comments (one of which may carry {@code version: …}), a header, then
	 * {@code key,procedure,rule,note}.
	 *
	 * @throws IllegalArgumentException for a row with fewer than three fields or an unknown procedure.
	 */
	public static ClockRuleTable parse(List<String> lines) {
		String version = "";
		List<Row> rows = new ArrayList<>();
		boolean header = true;
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				int at = line.indexOf("version:");
				if (at >= 0) {
					version = line.substring(at + "version:".length()).strip();
				}
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] fields = line.split(",", -1);
			if (fields.length < 3 || fields[0].isBlank() || fields[2].isBlank()) {
				throw new IllegalArgumentException("clock rule row needs key, procedure and rule: " + line);
			}
			String procedure = fields[1].strip();
			rows.add(new Row(fields[0].strip(), procedure.equals("*") ? null : Procedure.valueOf(procedure),
					RuleId.of(fields[2].strip())));
		}
		return new ClockRuleTable(version, rows);
	}

	public String version() {
		return version;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The rule for a case of this 类型代字 and 案件类型代码 under {@code procedure}, if any. */
	public Optional<RuleId> select(String typeCode, String categoryCode, Procedure procedure) {
		return find(typeCode, procedure).or(() -> find(typeCode, null))
			.or(() -> find(categoryCode, procedure))
			.or(() -> find(categoryCode, null));
	}

	private Optional<RuleId> find(String key, Procedure procedure) {
		if (key == null) {
			return Optional.empty();
		}
		return rows.stream()
			.filter(r -> r.key().equals(key) && r.procedure() == procedure)
			.map(Row::rule)
			.findFirst();
	}
}
