package org.smartcourt.cases.internal.closing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.shared.ReferenceFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The 结案方式 list, read once at start-up from a versioned reference file (default
 * {@code classpath:reference/cases/closing-methods.csv}, setting {@code smartcourt.cases.closing-methods-file}). Each
 * closing keeps the file's version, so a later edition of the list does not change how an old closing reads.
 */
@Component
public class ClosingMethods {

	static final String COLUMNS = "code,name,type_codes,required_documents,date_rule,statistic_group";

	private final String version;
	private final Map<String, ClosingMethod> byCode;
	private final List<ClosingMethod> ordered;

	@Autowired
	ClosingMethods(@Value("${smartcourt.cases.closing-methods-file:classpath:reference/cases/closing-methods.csv}")
	Resource file) {
		this(ReferenceFile.read(file, COLUMNS));
	}

	ClosingMethods(ReferenceFile file) {
		this.version = file.version();
		Map<String, ClosingMethod> methods = new LinkedHashMap<>();
		for (ReferenceFile.Row row : file.rows()) {
			try {
				ClosingMethod method = new ClosingMethod(row.get(0), row.get(1), Set.copyOf(split(row.get(2))),
						split(row.get(3)).stream().map(DocumentKind::valueOf).toList(),
						ClosingDateRule.valueOf(row.get(4)), row.get(5));
				if (method.requiredDocuments().isEmpty() || methods.put(method.code(), method) != null) {
					throw new IllegalArgumentException("no documents or a duplicate code");
				}
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("reference data " + file.description() + " line " + row.line() + ": "
						+ ex.getMessage() + ": " + row.text(), ex);
			}
		}
		this.byCode = Map.copyOf(methods);
		this.ordered = List.copyOf(methods.values());
	}

	public String version() {
		return version;
	}

	public Optional<ClosingMethod> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** Every method, in file order. */
	public List<ClosingMethod> all() {
		return ordered;
	}

	/** The methods for cases of this 类型代字, in file order. */
	public List<ClosingMethod> applicableTo(String typeCode) {
		return ordered.stream().filter(m -> m.appliesTo(typeCode)).toList();
	}

	private static List<String> split(String field) {
		return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
