package org.smartcourt.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * A versioned reference data file (参考数据文件) in UTF-8: {@code #} comment lines, one of which carries
 * {@code version: …} (and may carry {@code source: …}), blank lines, the column header, then rows of comma-separated
 * fields. No field contains a comma, so there is no quoting. The file is read as a whole: a missing version, a
 * different column header or a row with the wrong number of fields rejects it, naming the file and the line. What the
 * fields mean, and whether the version is new, is for each loader to decide.
 *
 * @param description names the file in messages.
 * @param version the {@code # version:} value, which decides whether the file is loaded again.
 * @param source the {@code # source:} value, or {@code null} when there is none.
 * @param columns the column header, as expected by the caller.
 * @param rows the data rows in file order.
 */
public record ReferenceFile(String description, String version, String source, String columns, List<Row> rows) {

	/**
	 * One data row.
	 *
	 * @param line its line number in the file, counting from 1.
	 * @param text the line as written, for messages.
	 * @param fields its fields, stripped of surrounding spaces.
	 */
	public record Row(int line, String text, List<String> fields) {

		public Row {
			fields = List.copyOf(fields);
		}

		/** The field at {@code index}, empty when blank. */
		public String get(int index) {
			return fields.get(index);
		}

		/** The field at {@code index}, or {@code null} when blank. */
		public String optional(int index) {
			String value = fields.get(index);
			return value.isEmpty() ? null : value;
		}
	}

	public ReferenceFile {
		rows = List.copyOf(rows);
	}

	/**
	 * Reads {@code file}, named by its description.
	 *
	 * @param columns the expected column header, e.g. {@code "code,name,level"}; it also fixes the number of fields.
	 * @throws IllegalStateException naming the file and line when the file is malformed.
	 */
	public static ReferenceFile read(Resource file, String columns) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			return read(in, file.getDescription(), columns);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read reference data " + file.getDescription(), ex);
		}
	}

	/**
	 * Reads a file already opened.
	 *
	 * @param description names the file in messages.
	 * @throws IllegalStateException naming the file and line when the file is malformed.
	 */
	public static ReferenceFile read(BufferedReader in, String description, String columns) throws IOException {
		int fields = columns.split(",", -1).length;
		String version = null;
		String source = null;
		boolean header = true;
		List<Row> rows = new ArrayList<>();
		String line;
		int number = 0;
		while ((line = in.readLine()) != null) {
			number++;
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (line.startsWith("#")) {
				version = version != null ? version : commentValue(line, "version:");
				source = source != null ? source : commentValue(line, "source:");
				continue;
			}
			if (line.isBlank()) {
				continue;
			}
			if (header) {
				if (!columns.equals(line.strip())) {
					throw problem(description, number, "the column header must be '" + columns + "'", line);
				}
				header = false;
				continue;
			}
			List<String> values = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
			if (values.size() != fields) {
				throw problem(description, number,
						"needs " + fields + " fields (" + columns + ") but has " + values.size(), line);
			}
			rows.add(new Row(number, line, values));
		}
		if (version == null || version.isEmpty()) {
			throw new IllegalStateException("reference data " + description + " has no '# version:' header line");
		}
		return new ReferenceFile(description, version, source == null || source.isEmpty() ? null : source, columns,
				rows);
	}

	private static IllegalStateException problem(String description, int number, String reason, String line) {
		return new IllegalStateException(
				"reference data " + description + " line " + number + ": " + reason + ": " + line);
	}

	private static String commentValue(String line, String label) {
		int at = line.indexOf(label);
		return at < 0 ? null : line.substring(at + label.length()).strip();
	}
}
