package org.smartcourt.ledger.verify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one verification, as a bilingual human report (Chinese first, then English) or as JSON: the checks
 * in the order they ran, the facts they established, what the result proves and what it does not. A command opens a
 * check with {@link #begin}, closes it with {@link #pass}; a {@link VerificationFailure} marks the open check failed.
 */
final class Report {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private record Fact(String key, String zh, String en, Object value) {
	}

	private record Check(String id, String zh, String en, Boolean passed, String detail) {
	}

	private record Statement(String zh, String en) {
	}

	private final String command;
	private final String titleZh;
	private final String titleEn;
	private final List<Fact> facts = new ArrayList<>();
	private final List<Check> checks = new ArrayList<>();
	private final List<Statement> proven = new ArrayList<>();
	private final List<Statement> notProven = new ArrayList<>();
	private final List<Statement> notes = new ArrayList<>();
	private Check open;
	private VerificationFailure failure;

	Report(String command, String titleZh, String titleEn) {
		this.command = command;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
	}

	void begin(String id, String zh, String en) {
		open = new Check(id, zh, en, null, null);
	}

	void pass(String detail) {
		checks.add(new Check(open.id(), open.zh(), open.en(), true, detail));
		open = null;
	}

	void fail(VerificationFailure f) {
		failure = f;
		if (open != null) {
			checks.add(new Check(open.id(), open.zh(), open.en(), false, f.getMessage()));
			open = null;
		}
	}

	void fact(String key, String zh, String en, Object value) {
		facts.add(new Fact(key, zh, en, value));
	}

	void proven(String zh, String en) {
		proven.add(new Statement(zh, en));
	}

	void notProven(String zh, String en) {
		notProven.add(new Statement(zh, en));
	}

	void note(String zh, String en) {
		notes.add(new Statement(zh, en));
	}

	ExitCode exitCode() {
		return failure == null ? ExitCode.OK : failure.exitCode();
	}

	boolean verified() {
		return failure == null;
	}

	/** A time for JSON: UTC and China Standard Time, both ISO 8601. */
	static Map<String, String> time(Instant t) {
		Map<String, String> time = new LinkedHashMap<>();
		time.put("utc", DateTimeFormatter.ISO_INSTANT.format(t));
		time.put("asiaShanghai", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(CHINA).toOffsetDateTime()));
		return time;
	}

	/** A time for people: Beijing time first, then UTC. */
	static String timeText(Instant t) {
		return LOCAL.format(t.atZone(CHINA)) + " 北京时间 (Asia/Shanghai, UTC+8) / "
				+ LOCAL.format(t.atZone(ZoneOffset.UTC)) + " UTC";
	}

	String toText() {
		StringBuilder out = new StringBuilder();
		String title = titleZh + " / " + titleEn;
		out.append(title).append('\n').append("=".repeat(60)).append('\n');
		ExitCode code = exitCode();
		out.append(verified() ? "结果：核验通过" : "结果：核验未通过 — " + code.zh())
				.append('\n')
				.append(verified() ? "Result: VERIFIED" : "Result: NOT VERIFIED — " + code.en())
				.append(" (exit ").append(code.code()).append(")\n");
		if (!facts.isEmpty()) {
			out.append("\n事实 / Facts\n");
			for (Fact f : facts) {
				appendFact(out, f);
			}
		}
		out.append("\n核验项 / Checks\n");
		for (Check c : checks) {
			out.append(c.passed() ? "  [通过 PASS] " : "  [失败 FAIL] ").append(c.zh()).append(" / ").append(c.en()).append('\n');
			if (c.detail() != null && !c.detail().isEmpty()) {
				out.append("      ").append(c.detail().replace("\n", "\n      ")).append('\n');
			}
		}
		if (failure != null && checks.stream().noneMatch(c -> !c.passed())) {
			out.append("  [失败 FAIL] ").append(failure.getMessage()).append('\n');
		}
		appendStatements(out, "已证明 / What this proves", proven);
		appendStatements(out, "未证明 / What this does not prove", notProven);
		appendStatements(out, "说明 / Notes", notes);
		return out.toString();
	}

	private static void appendFact(StringBuilder out, Fact f) {
		out.append("  ").append(f.zh()).append(" / ").append(f.en()).append(": ");
		if (f.value() instanceof List<?> list) {
			out.append(list.isEmpty() ? "—" : "").append('\n');
			for (Object item : list) {
				out.append("    - ").append(item instanceof Map<?, ?> m ? String.valueOf(m.get("text")) : item).append('\n');
			}
		} else if (f.value() instanceof Instant t) {
			out.append(timeText(t)).append('\n');
		} else {
			out.append(f.value()).append('\n');
		}
	}

	private static void appendStatements(StringBuilder out, String heading, List<Statement> statements) {
		if (statements.isEmpty()) {
			return;
		}
		out.append('\n').append(heading).append('\n');
		for (Statement s : statements) {
			out.append("  - ").append(s.zh()).append('\n').append("    ").append(s.en()).append('\n');
		}
	}

	String toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("tool", "smartcourt-ledger-verify");
		json.put("command", command);
		json.put("verified", verified());
		json.put("exitCode", exitCode().code());
		json.put("result", bilingual(exitCode().zh(), exitCode().en()));
		if (failure != null) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("check", failure.check());
			f.put("class", exitCode().name());
			f.put("message", failure.getMessage());
			json.put("failure", f);
		} else {
			json.put("failure", null);
		}
		Map<String, Object> factMap = new LinkedHashMap<>();
		for (Fact f : facts) {
			factMap.put(f.key(), f.value() instanceof Instant t ? time(t) : jsonValue(f.value()));
		}
		json.put("facts", factMap);
		List<Object> checkList = new ArrayList<>();
		for (Check c : checks) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", c.id());
			m.put("zh", c.zh());
			m.put("en", c.en());
			m.put("passed", c.passed());
			m.put("detail", c.detail());
			checkList.add(m);
		}
		json.put("checks", checkList);
		json.put("proven", statements(proven));
		json.put("notProven", statements(notProven));
		json.put("notes", statements(notes));
		return JsonWriter.write(json);
	}

	/** List items that are maps carry a "text" entry for the human report only. */
	private static Object jsonValue(Object value) {
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>();
			for (Object item : list) {
				if (item instanceof Map<?, ?> m) {
					Map<Object, Object> copy = new LinkedHashMap<>(m);
					copy.remove("text");
					items.add(copy);
				} else {
					items.add(item);
				}
			}
			return items;
		}
		return value;
	}

	private static List<Object> statements(List<Statement> statements) {
		List<Object> list = new ArrayList<>();
		statements.forEach(s -> list.add(bilingual(s.zh(), s.en())));
		return list;
	}

	private static Map<String, Object> bilingual(String zh, String en) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("zh", zh);
		m.put("en", en);
		return m;
	}
}
