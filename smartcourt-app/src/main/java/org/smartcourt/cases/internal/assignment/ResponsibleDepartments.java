package org.smartcourt.cases.internal.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.DepartmentSummary;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.ReferenceFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * 承办部门: the departments that may handle a 类型代字 at a court, from the reference file
 * {@code reference/cases/departments.csv} (configurable with {@code smartcourt.assignment.departments-file}), narrowed
 * to the active departments the court actually has. One left is the responsible department; more than one means the
 * person who assigns chooses.
 */
@Component
public class ResponsibleDepartments {

	private record Key(String level, String typeCode) {
	}

	private final Map<Key, List<String>> names = new HashMap<>();
	private final String version;
	private final Courts courts;
	private final Staffing staffing;

	ResponsibleDepartments(Courts courts, Staffing staffing,
			@Value("${smartcourt.assignment.departments-file:classpath:reference/cases/departments.csv}") Resource file) {
		this.courts = courts;
		this.staffing = staffing;
		ReferenceFile read = ReferenceFile.read(file, "court_level,type_code,department");
		for (ReferenceFile.Row row : read.rows()) {
			CourtLevel.valueOf(row.get(0));
			names.computeIfAbsent(new Key(row.get(0), row.get(1)), k -> new ArrayList<>()).add(row.get(2));
		}
		this.version = read.version();
	}

	/** The reference file's version. */
	public String version() {
		return version;
	}

	/** The court's active departments that may handle {@code typeCode}, in the file's order. */
	public List<DepartmentSummary> candidates(CourtId court, String typeCode) {
		CourtLevel level = courts.find(court).map(Courts.CourtSummary::level).orElse(CourtLevel.BASIC);
		List<String> wanted = names.get(new Key(level.name(), typeCode));
		if (wanted == null && level == CourtLevel.TRIBUNAL) {
			wanted = names.get(new Key(CourtLevel.BASIC.name(), typeCode));
		}
		if (wanted == null) {
			return List.of();
		}
		List<DepartmentSummary> present = staffing.departmentsAt(court);
		List<DepartmentSummary> found = new ArrayList<>();
		for (String name : wanted) {
			present.stream().filter(d -> d.name().equals(name)).findFirst().ifPresent(found::add);
		}
		return found;
	}
}
