package org.smartcourt.catalogue.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.shared.ReferenceFile;

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
		ReferenceFile file = ReferenceFile.read(in, description, COLUMNS);
		List<CauseRow> rows = new ArrayList<>();
		Map<String, CauseRow> byCode = new HashMap<>();
		for (ReferenceFile.Row line : file.rows()) {
			CauseRow row = parse(line, description, byCode);
			byCode.put(row.code(), row);
			rows.add(row);
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("causes-of-action reference data " + description + " has no causes");
		}
		return new CauseReferenceFile(file.version(), file.source() == null ? description : file.source(),
				List.copyOf(rows));
	}

	private static CauseRow parse(ReferenceFile.Row row, String description, Map<String, CauseRow> known) {
		int number = row.line();
		String line = row.text();
		String code = row.get(0);
		String name = row.get(1);
		String parent = row.get(3);
		String note = row.get(5);
		if (code.isEmpty() || code.length() > CODE_MAX || code.chars().anyMatch(Character::isWhitespace)) {
			throw problem(description, number, "code must be 1 to " + CODE_MAX + " characters without spaces", line);
		}
		if (known.containsKey(code)) {
			throw problem(description, number, "code " + code + " is defined twice", line);
		}
		if (name.isEmpty() || name.length() > NAME_MAX) {
			throw problem(description, number, "name must be 1 to " + NAME_MAX + " characters", line);
		}
		int level = level(row.get(2), description, number, line);
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
		return new CauseRow(code, name, level, row.optional(3), confidence(row.get(4), description, number, line),
				row.optional(5));
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

	private static IllegalStateException problem(String description, int number, String reason, String line) {
		return new IllegalStateException(
				"causes-of-action reference data " + description + " line " + number + ": " + reason + ": " + line);
	}
}
