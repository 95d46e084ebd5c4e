package org.smartcourt.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.ExtensionTerms;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.shared.ReferenceFile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * 延长审限 as data, read once from {@code reference/deadlines/extensions.csv}: per rule and extension number who
 * approves, how long at most, how many days before expiry to apply and to decide, and the caps on a period with all
 * its extensions (简易程序 four months, 民诉解释第二百五十八条). A bad line fails start-up.
 */
public final class ExtensionBook {

	static final String FILE = "reference/deadlines/extensions.csv";
	private static final String COLUMNS = "rule,nth,allowed,approver,higher_court,max_length,unit,request_days,"
			+ "decide_days,citation,window_citation,note";
	private static final String TOTAL = "total";

	private final List<Row> rows = new ArrayList<>();
	private final String version;

	public ExtensionBook(Resource file) {
		ReferenceFile table = ReferenceFile.read(file, COLUMNS);
		table.rows().forEach(row -> rows.add(parse(row.fields(), row.text())));
		this.version = table.version();
	}

	/** The bundled table. */
	public static ExtensionBook bundled() {
		return new ExtensionBook(new ClassPathResource(FILE));
	}

	public String version() {
		return version;
	}

	/** The rules that have any line in the table. */
	public List<RuleId> rules() {
		return rows.stream().map(Row::rule).distinct().toList();
	}

	/**
	 * The terms of extension {@code nth} of a period under {@code rule} ending on {@code due}: the line for exactly
	 * that number, else the nearest {@code k+} line with {@code k <= nth}; a rule without a line cannot be extended.
	 */
	public ExtensionTerms terms(DeadlineRule rule, int nth, LocalDate due) {
		Optional<Row> found = row(rule.id(), nth);
		if (found.isEmpty()) {
			return new ExtensionTerms(false, "", false, null, null, null, null, rule.citation().text(),
					Optional.of(rows.stream().anyMatch(r -> r.rule().equals(rule.id()))
							? rule.name() + "不能第" + nth + "次延长（" + rule.citation().text() + "）。"
							: rule.name() + "没有可以批准延长的规定（" + rule.citation().text() + "）。"));
		}
		Row row = found.get();
		String citation = row.windowCitation().isEmpty() ? row.citation() : row.citation() + "；" + row.windowCitation();
		if (!row.allowed()) {
			return new ExtensionTerms(false, "", false, null, null, null, null, citation, Optional.of(row.note()));
		}
		LocalDate requestBy = due.minusDays(row.requestDays() == null ? 0 : row.requestDays());
		LocalDate decideBy = due.minusDays(row.decideDays() == null ? 0 : row.decideDays());
		return new ExtensionTerms(true, row.approver(), row.higherCourt(), row.maxLength(), row.unit(), requestBy,
				decideBy, citation, Optional.empty());
	}

	/** The cap on the period with all its extensions (简易程序四个月), if the rule has one. */
	public Optional<Cap> cap(RuleId rule) {
		return rows.stream()
			.filter(r -> r.rule().equals(rule) && r.nth().equals(TOTAL))
			.findFirst()
			.map(r -> new Cap(r.maxLength(), r.unit(), r.citation(), r.note()));
	}

	Optional<Row> row(RuleId rule, int nth) {
		List<Row> ofRule = rows.stream().filter(r -> r.rule().equals(rule) && !r.nth().equals(TOTAL)).toList();
		Optional<Row> exact = ofRule.stream().filter(r -> r.nth().equals(Integer.toString(nth))).findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		return ofRule.stream()
			.filter(r -> r.nth().endsWith("+") && Integer.parseInt(r.nth().substring(0, r.nth().length() - 1)) <= nth)
			.max(Comparator.comparingInt(r -> Integer.parseInt(r.nth().substring(0, r.nth().length() - 1))));
	}

	private static Row parse(List<String> fields, String line) {
		String[] f = fields.toArray(String[]::new);
		String nth = f[1].trim();
		if (!nth.matches("[1-9][0-9]*\\+?|" + TOTAL)) {
			throw new IllegalStateException("extension number must be n, n+ or total: " + line);
		}
		boolean allowed = Boolean.parseBoolean(f[2].trim());
		Row row = new Row(RuleId.of(f[0].trim()), nth, allowed, f[3].trim(), Boolean.parseBoolean(f[4].trim()),
				number(f[5]), f[6].isBlank() ? null : PeriodUnit.valueOf(f[6].trim()), number(f[7]), number(f[8]),
				f[9].trim(), f[10].trim(), f[11].trim());
		if (row.citation().isEmpty()) {
			throw new IllegalStateException("extension line needs a citation: " + line);
		}
		if (!allowed && row.note().isEmpty()) {
			throw new IllegalStateException("a refused extension needs its reason in note: " + line);
		}
		if (allowed && !nth.equals(TOTAL) && (row.approver().isEmpty() || row.requestDays() == null
				|| row.decideDays() == null)) {
			throw new IllegalStateException("an allowed extension needs approver and request/decide days: " + line);
		}
		if (nth.equals(TOTAL) && (row.maxLength() == null || row.unit() == null)) {
			throw new IllegalStateException("a cap needs its length and unit: " + line);
		}
		return row;
	}

	private static Integer number(String field) {
		return field.isBlank() ? null : Integer.valueOf(field.trim());
	}

	/** One line of the table. */
	record Row(RuleId rule, String nth, boolean allowed, String approver, boolean higherCourt, Integer maxLength,
			PeriodUnit unit, Integer requestDays, Integer decideDays, String citation, String windowCitation,
			String note) {
	}

	/**
	 * The longest a period may run with all its extensions, counted from its start like the period itself.
	 *
	 * @param length how many units.
	 * @param unit days or months.
	 * @param citation the article.
	 * @param note the rule in Chinese, e.g. 延长后的审理期限累计不得超过四个月。
	 */
	public record Cap(int length, PeriodUnit unit, String citation, String note) {
	}
}
