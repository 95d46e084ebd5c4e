package org.smartcourt.deadlines.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.deadlines.Citation;
import org.smartcourt.deadlines.Confidence;
import org.smartcourt.deadlines.CountingLaw;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.shared.ReferenceFile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The rule table, read once from {@code reference/deadlines/rules.csv}; a bad line fails start-up. */
public final class RuleBook {

	static final String FILE = "reference/deadlines/rules.csv";
	private static final String COLUMNS = "id,name,proceeding,length,unit,start_event,law,article,paragraph,item,"
			+ "version,counting,moves,confidence,note";

	private final Map<RuleId, DeadlineRule> rules = new LinkedHashMap<>();
	private final String version;

	public RuleBook(Resource file) {
		ReferenceFile table = ReferenceFile.read(file, COLUMNS);
		for (ReferenceFile.Row row : table.rows()) {
			DeadlineRule rule = parse(row.fields(), row.text());
			if (rules.put(rule.id(), rule) != null) {
				throw new IllegalStateException("rule " + rule.id() + " is defined twice");
			}
		}
		this.version = table.version();
	}

	/** The bundled table. */
	public static RuleBook bundled() {
		return new RuleBook(new ClassPathResource(FILE));
	}

	public List<DeadlineRule> all() {
		return new ArrayList<>(rules.values());
	}

	public Optional<DeadlineRule> find(RuleId id) {
		return Optional.ofNullable(rules.get(id));
	}

	public String version() {
		return version;
	}

	private static DeadlineRule parse(List<String> fields, String line) {
		String[] f = fields.toArray(String[]::new);
		int length = Integer.parseInt(f[3].trim());
		if (length <= 0) {
			throw new IllegalStateException("deadline rule length must be positive: " + line);
		}
		Citation citation = new Citation(f[6].trim(), f[7].trim(), f[8].trim(), f[9].trim(), f[10].trim());
		return new DeadlineRule(RuleId.of(f[0].trim()), f[1].trim(), f[2].trim(), length,
				PeriodUnit.valueOf(f[4].trim()), f[5].trim(), citation, CountingLaw.valueOf(f[11].trim()),
				Boolean.parseBoolean(f[12].trim()), Confidence.valueOf(f[13].trim()), f[14].trim());
	}
}
