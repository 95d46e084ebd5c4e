package org.smartcourt.catalogue.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The causes-of-action reference file, read and checked as a whole before anything is written: one bad row rejects
 * the file, with its line number and the reason. The format is described in the header of
 * {@code reference/catalogue/causes-of-action.csv}; the checks are structural only (unique codes, parents defined
 * before their children, levels going down one at a time), so the full official catalogue loads without code changes.
 *
 * @param version the {@code # version:} header, which decides whether the file is loaded again.
 * @param source the {@code # source:} header, or the file's description when there is none.
 * @param rows the causes in file order, which is the catalogue's order.
 */
record CauseReferenceFile(String version, String source, List<CauseRow> rows) {

	static final String COLUMNS = "code,name,level,parent_code,confidence,note";
	private static final int CODE_MAX = 32;
	private static final int NAME_MAX = 100;
	private static final int NOTE_MAX = 200;

	/**
	 * @param description names the file in error messages.
	 * @throws IllegalStateException naming the line and the reason when the file is malformed.
	 */
	static CauseReferenceFile read(BufferedReader in, String description) throws IOException {
		String version = null;
		String source = null;
		boolean header = true;
		List<CauseRow> rows = new ArrayList<>();
		Map<String, CauseRow> byCode = new HashMap<>();
		String line;
		int number = 0;
		while ((line = in.readLine()) != null) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.startsWith("#")) {
				version = version != null ? version : headerValue(line, "version:");
				source = source != null ? source : headerValue(line, "source:");
				continue;
			}
			if (line.isBlank()) {
				continue;
			}
			if (header) {
				if (!COLUMNS.equals(line.strip())) {
					throw problem(description, number, "the column header must be '" + COLUMNS + "'", line);
				}
				header = false;
				continue;
			}
			CauseRow row = parse(line, description, number, byCode);
			byCode.put(row.code(), row);
			rows.add(row);
		}
		if (version == null || version.isEmpty()) {
			throw new IllegalStateException("causes-of-action reference data " + description
					+ " has no '# version:' header line");
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("causes-of-action reference data " + description + " has no causes");
		}
		return new CauseReferenceFile(version, source == null || source.isEmpty() ? description : source,
				List.copyOf(rows));
	}

	private static CauseRow parse(String line, String description, int number, Map<String, CauseRow> known) {
		String[] f = line.split(",", -1);
		if (f.length != 6) {
			throw problem(description, number, "needs 6 fields (" + COLUMNS + ") but has " + f.length, line);
		}
		String code = f[0].strip();
		String name = f[1].strip();
		String parent = f[3].strip();
		String note = f[5].strip();
		if (code.isEmpty() || code.length() > CODE_MAX || code.chars().anyMatch(Character::isWhitespace)) {
			throw problem(description, number, "code must be 1 to " + CODE_MAX + " characters without spaces", line);
		}
		if (known.containsKey(code)) {
			throw problem(description, number, "code " + code + " is defined twice", line);
		}
		if (name.isEmpty() || name.length() > NAME_MAX) {
			throw problem(description, number, "name must be 1 to " + NAME_MAX + " characters", line);
		}
		int level = level(f[2].strip(), description, number, line);
		if (level == 1 && !parent.isEmpty()) {
			throw problem(description, number, "a first-level cause (部分) has no parent", line);
		}
		if (level > 1) {
			CauseRow above = known.get(parent);
			if (parent.isEmpty()) {
				throw problem(description, number, "a level " + level + " cause needs a parent_code", line);
			}
			if (above == null) {
				throw problem(description, number, "parent " + parent + " is not defined above this line", line);
			}
			if (above.level() != level - 1) {
				throw problem(description, number, "level " + level + " under parent " + parent + " of level "
						+ above.level() + ": levels go down one at a time", line);
			}
		}
		if (note.length() > NOTE_MAX) {
			throw problem(description, number, "note must be at most " + NOTE_MAX + " characters", line);
		}
		return new CauseRow(code, name, level, parent.isEmpty() ? null : parent,
				confidence(f[4].strip(), description, number, line), note.isEmpty() ? null : note);
	}

	private static int level(String value, String description, int number, String line) {
		try {
			int level = Integer.parseInt(value);
			if (level >= 1 && level <= 4) {
				return level;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like an out-of-range level
		}
		throw problem(description, number, "level must be 1 to 4, not '" + value + "'", line);
	}

	private static CauseConfidence confidence(String value, String description, int number, String line) {
		try {
			return CauseConfidence.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw problem(description, number, "confidence must be HIGH, MEDIUM or LOW, not '" + value + "'", line);
		}
	}

	private static String headerValue(String line, String label) {
		int at = line.indexOf(label);
		return at < 0 ? null : line.substring(at + label.length()).strip();
	}

	private static IllegalStateException problem(String description, int number, String reason, String line) {
		return new IllegalStateException(
				"causes-of-action reference data " + description + " line " + number + ": " + reason + ": " + line);
	}
}
