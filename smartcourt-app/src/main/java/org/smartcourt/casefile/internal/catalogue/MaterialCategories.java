package org.smartcourt.casefile.internal.catalogue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcourt.shared.ReferenceFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The material categories (材料类别) in binding order, read from {@code reference/casefile/material-categories.csv}
 * (setting {@code smartcourt.casefile.categories-file}); a court replaces the file to follow its own archiving
 * rules, without code changes.
 */
@Component
public class MaterialCategories {

	static final String COLUMNS = "code,volume,order,name,parties_visible,attachment_kinds,document_kinds";
	/** Where anything not mapped goes, per volume. */
	static final String OTHER = "OTHER";
	static final String INTERNAL_OTHER = "INTERNAL_OTHER";
	/** The categories the listeners file into by name. */
	public static final String EVIDENCE = "EVIDENCE";
	public static final String SERVICE_RECEIPT = "SERVICE_RECEIPT";
	public static final String HEARING_RECORD = "HEARING_RECORD";

	private final Map<String, MaterialCategory> byCode;
	private final String version;

	@Autowired
	MaterialCategories(
			@Value("${smartcourt.casefile.categories-file:classpath:reference/casefile/material-categories.csv}") Resource file) {
		this(ReferenceFile.read(file, COLUMNS));
	}

	MaterialCategories(ReferenceFile file) {
		this.version = file.version();
		Map<String, MaterialCategory> categories = new LinkedHashMap<>();
		file.rows()
			.stream()
			.map(MaterialCategories::category)
			.sorted(Comparator.comparing(MaterialCategory::volume).thenComparingInt(MaterialCategory::order))
			.forEach(c -> {
				if (categories.put(c.code(), c) != null) {
					throw new IllegalStateException(file.description() + ": category " + c.code() + " twice");
				}
			});
		for (String required : List.of(OTHER, INTERNAL_OTHER, EVIDENCE, SERVICE_RECEIPT, HEARING_RECORD)) {
			if (!categories.containsKey(required)) {
				throw new IllegalStateException(file.description() + ": category " + required + " is missing");
			}
		}
		this.byCode = Map.copyOf(categories);
	}

	public String version() {
		return version;
	}

	public Optional<MaterialCategory> find(String code) {
		return Optional.ofNullable(code).map(byCode::get);
	}

	public MaterialCategory get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("unknown material category " + code));
	}

	/** The material's category, or the volume's 其他 when the reference file no longer has it. */
	public MaterialCategory orOther(CaseMaterial m) {
		return find(m.categoryCode()).orElseGet(() -> get(m.volume() == Volume.MAIN ? OTHER : INTERNAL_OTHER));
	}

	/** The categories of a volume in binding order. */
	public List<MaterialCategory> of(Volume volume) {
		return byCode.values()
			.stream()
			.filter(c -> c.volume() == volume)
			.sorted(Comparator.comparingInt(MaterialCategory::order))
			.toList();
	}

	/** The category a filing attachment goes to; 其他材料 when none names it. */
	public MaterialCategory forAttachment(String attachmentKind) {
		return byCode.values()
			.stream()
			.filter(c -> c.volume() == Volume.MAIN && c.attachmentKinds().contains(attachmentKind))
			.findFirst()
			.orElseGet(() -> get(OTHER));
	}

	/** The category a 诉讼文书 kind goes to; 其他材料 when none names it. */
	public MaterialCategory forDocument(String documentKind) {
		return byCode.values()
			.stream()
			.filter(c -> c.documentKinds().contains(documentKind))
			.min(Comparator.comparing(MaterialCategory::volume).thenComparingInt(MaterialCategory::order))
			.orElseGet(() -> get(OTHER));
	}

	/** Orders materials as bound: by volume, category order, then when they arrived. */
	public Comparator<CaseMaterial> bindingOrder() {
		return Comparator.<CaseMaterial, Volume>comparing(CaseMaterial::volume)
			.thenComparingInt(m -> find(m.categoryCode()).map(MaterialCategory::order).orElse(Integer.MAX_VALUE))
			.thenComparing(CaseMaterial::submittedAt)
			.thenComparing(m -> m.id().value());
	}

	private static MaterialCategory category(ReferenceFile.Row row) {
		Volume volume = Volume.valueOf(row.get(1));
		return new MaterialCategory(row.get(0), volume, Integer.parseInt(row.get(2)), row.get(3),
				Boolean.parseBoolean(row.get(4)), split(row.get(5)), split(row.get(6)));
	}

	private static Set<String> split(String field) {
		return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}
}
