package org.smartcourt.appraisal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 鉴定专业类别: the fields of expertise, read at start-up from the versioned reference file
 * {@code reference/appraisal/fields.csv}.
 */
@Component
public class AppraisalFields {

	/** One field: stable code, Chinese name and group (法医类、物证类…). */
	public record Field(String code, String name, String group) {
	}

	private final List<Field> fields;

	AppraisalFields() {
		this.fields = load();
	}

	public List<Field> all() {
		return fields;
	}

	public Optional<Field> find(String code) {
		return fields.stream().filter(f -> f.code().equals(code)).findFirst();
	}

	/** The Chinese name, or the code itself when unknown. */
	public String name(String code) {
		return find(code).map(Field::name).orElse(code);
	}

	private static List<Field> load() {
		List<Field> loaded = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("reference/appraisal/fields.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code,"))
				.map(l -> l.split(",", 3))
				.forEach(p -> loaded.add(new Field(p[0].trim(), p[1].trim(), p[2].trim())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(loaded);
	}
}
