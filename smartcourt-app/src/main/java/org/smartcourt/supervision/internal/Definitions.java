package org.smartcourt.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measures and indicators, read once from {@code smartcourt.supervision.definitions} (by default the file in
 * {@code reference/supervision}; a court adds an indicator by pointing this at its own copy, without code). A
 * definition that does not parse, names an unknown measure or reaches outside the case's facts stops the start-up
 * with the reason, rather than showing a wrong number.
 */
@Component
public class Definitions {

	/** A measure name, optionally with {@code @start} or {@code @end}; {@code judges} is the 员额法官 count. */
	private static final Pattern TERM = Pattern.compile("(?<![#\\w'.])([A-Za-z][A-Za-z0-9]*)(@(start|end))?(?![\\w(])");

	static final String JUDGES = "judges";

	private final Set<String> excluded;
	private final Map<String, Measure> measures = new LinkedHashMap<>();
	private final Map<String, Indicator> indicators = new LinkedHashMap<>();
	private final Map<String, String> digests = new LinkedHashMap<>();

	Definitions(JsonMapper json,
			@Value("${smartcourt.supervision.definitions:classpath:reference/supervision/indicators.json}") Resource file) {
		DefinitionsFile data;
		try (InputStream in = file.getInputStream()) {
			data = json.readValue(in, DefinitionsFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the indicator definitions " + file, ex);
		}
		this.excluded = Set.copyOf(data.excludedTypes());
		SpelExpressionParser parser = new SpelExpressionParser();
		for (DefinitionsFile.MeasureEntry m : data.measures()) {
			if (measures.containsKey(m.id())) {
				throw invalid("measure " + m.id() + " is defined twice");
			}
			if (m.basis() == Basis.PENDING_OVER && (m.months() == null || m.months() < 1)) {
				throw invalid("measure " + m.id() + " counts long-pending cases and needs months");
			}
			if (m.value() != null && m.basis().stock()) {
				throw invalid("measure " + m.id() + " is a stock and cannot sum a value");
			}
			measures.put(m.id(), new Measure(m.id(), m.name(), m.basis(), m.months() == null ? 0 : m.months(),
					m.filter(), m.value(), m.explain(), parse(parser, m.id(), m.filter()),
					m.value() == null ? null : parse(parser, m.id(), m.value()), excluded));
			digests.put(m.id(), sha256(m.basis() + "|" + m.months() + "|" + m.filter() + "|" + m.value() + "|"
					+ String.join(",", data.excludedTypes().stream().sorted().toList())));
		}
		for (DefinitionsFile.IndicatorEntry i : data.indicators()) {
			List<Indicator.Term> terms = new ArrayList<>();
			String spel = rewrite(i.id(), i.formula(), terms);
			indicators.put(i.id(), new Indicator(i.id(), i.name(), i.group(), i.formula(), parse(parser, i.id(), spel),
					List.copyOf(terms), i.unit(), i.referenceLow(), i.referenceHigh(), i.referenceSource(),
					i.definition(), i.citation(), Boolean.TRUE.equals(i.yearToDate()),
					i.floors() == null ? Map.of() : Map.copyOf(i.floors())));
		}
	}

	/** Replaces each measure name with its variable and collects the terms, refusing unknown names. */
	private String rewrite(String id, String formula, List<Indicator.Term> terms) {
		Matcher m = TERM.matcher(formula);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			if (name.equals(JUDGES)) {
				m.appendReplacement(out, "#" + JUDGES);
				continue;
			}
			Measure measure = measures.get(name);
			if (measure == null) {
				throw invalid("indicator " + id + " reads the unknown measure " + name);
			}
			Indicator.When when = m.group(3) == null ? (measure.basis().stock() ? Indicator.When.END
					: Indicator.When.PERIOD) : Indicator.When.valueOf(m.group(3).toUpperCase(java.util.Locale.ROOT));
			if (!measure.basis().stock() && when != Indicator.When.PERIOD) {
				throw invalid("indicator " + id + " reads the flow " + name + " at a point in time");
			}
			Indicator.Term term = new Indicator.Term(name, when);
			if (!terms.contains(term)) {
				terms.add(term);
			}
			m.appendReplacement(out, "#" + term.variable());
		}
		m.appendTail(out);
		return out.toString();
	}

	private static Expression parse(SpelExpressionParser parser, String id, String text) {
		if (text == null || text.isBlank()) {
			throw invalid(id + " has no expression");
		}
		if (text.contains("T(") || text.contains("getClass") || text.contains("new ") || text.contains("@")
				&& !text.matches(".*\\w@(start|end).*")) {
			throw invalid(id + " may only read the case's facts: " + text);
		}
		try {
			return parser.parseExpression(text);
		}
		catch (ParseException ex) {
			throw invalid(id + " does not parse: " + ex.getMessage());
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static IllegalStateException invalid(String why) {
		return new IllegalStateException("invalid indicator definitions: " + why);
	}

	public Set<String> excludedTypes() {
		return excluded;
	}

	public List<Measure> measures() {
		return List.copyOf(measures.values());
	}

	public Optional<Measure> measure(String id) {
		return Optional.ofNullable(measures.get(id));
	}

	public List<Indicator> indicators() {
		return List.copyOf(indicators.values());
	}

	public Optional<Indicator> indicator(String id) {
		return Optional.ofNullable(indicators.get(id));
	}

	/** A digest of what a measure's cells depend on, to tell when they must be rebuilt. */
	String digest(String measureId) {
		return digests.get(measureId);
	}
}
