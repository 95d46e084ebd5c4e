package org.smartcourt.bench.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of one table in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes), sent in
 * one {@code COPY … FROM STDIN} on the chunk's connection.
 */
final class CopyRows {

	private final String table;
	private final String columns;
	private final StringBuilder text = new StringBuilder(1 << 16);
	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
	private long rows;

	CopyRows(String table, String columns) {
		this.table = table;
		this.columns = columns;
	}

	String table() {
		return table;
	}

	long rows() {
		return rows;
	}

	/** Appends one row; values are String, Number, Boolean, LocalDate, Instant, UUID or null. */
	CopyRows row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append('\t');
			}
			append(values[i]);
		}
		text.append('\n');
		rows++;
		if (text.length() > 1 << 16) {
			flushText();
		}
		return this;
	}

	private void append(Object value) {
		if (value == null) {
			text.append("\\N");
			return;
		}
		if (value instanceof Instant instant) {
			text.append(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
			return;
		}
		if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean
				|| value instanceof java.util.UUID) {
			text.append(value);
			return;
		}
		String s = value.toString();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

	private void flushText() {
		byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
		bytes.write(b, 0, b.length);
		text.setLength(0);
	}

	/** Sends the rows with COPY and forgets them; returns how many were sent. */
	long copy(Connection connection) throws SQLException {
		flushText();
		if (rows == 0) {
			return 0;
		}
		CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin");
		byte[] data = bytes.toByteArray();
		try {
			in.writeToCopy(data, 0, data.length);
			in.endCopy();
		}
		finally {
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
		long sent = rows;
		bytes.reset();
		rows = 0;
		return sent;
	}

	/** The rows not yet sent, as COPY text (for tests). */
	String pending() {
		flushText();
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
