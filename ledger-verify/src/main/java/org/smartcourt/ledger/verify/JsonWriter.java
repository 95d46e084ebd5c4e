package org.smartcourt.ledger.verify;

import java.util.List;
import java.util.Map;

/**
 * Writes the report's tree of maps, lists, strings, numbers and booleans as JSON (RFC 8259). Hand-written so that the
 * jar carries no JSON library; non-ASCII text is written as is (the output is UTF-8).
 */
final class JsonWriter {

	private final StringBuilder out = new StringBuilder();

	static String write(Object value) {
		JsonWriter writer = new JsonWriter();
		writer.value(value, 0);
		return writer.out.append('\n').toString();
	}

	private void value(Object value, int depth) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof Map<?, ?> map) {
			object(map, depth);
		} else if (value instanceof List<?> list) {
			array(list, depth);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else {
			string(value.toString());
		}
	}

	private void object(Map<?, ?> map, int depth) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append('{');
		String separator = "\n";
		for (Map.Entry<?, ?> e : map.entrySet()) {
			out.append(separator);
			indent(depth + 1);
			string(e.getKey().toString());
			out.append(": ");
			value(e.getValue(), depth + 1);
			separator = ",\n";
		}
		out.append('\n');
		indent(depth);
		out.append('}');
	}

	private void array(List<?> list, int depth) {
		if (list.isEmpty()) {
			out.append("[]");
			return;
		}
		out.append('[');
		String separator = "\n";
		for (Object item : list) {
			out.append(separator);
			indent(depth + 1);
			value(item, depth + 1);
			separator = ",\n";
		}
		out.append('\n');
		indent(depth);
		out.append(']');
	}

	private void indent(int depth) {
		out.append("  ".repeat(depth));
	}

	private void string(String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}
}
