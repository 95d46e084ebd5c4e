package org.smartcourt.catalogue.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.catalogue.CaseCategory;
import org.smartcourt.catalogue.CaseTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link CaseTypes} read from the {@code case_type} and {@code special_trial_code} tables. */
@Service
public class JdbcCaseTypes implements CaseTypes {

	/** A catalogue row with how sure we are of it. */
	public record Entry(CaseCategory category, String basis, String note) {
	}

	/** A 专门审判代字 and the document that created it. */
	public record SpecialTrialCode(String code, String name, LocalDate validFrom, LocalDate validTo, String basis) {
	}

	private static final String COLUMNS = "code, name, type_code, group_code, valid_from, valid_to, basis, note";
	private static final String IN_FORCE = "valid_from <= ? and (valid_to is null or valid_to >= ?)";

	private final JdbcClient jdbc;

	JdbcCaseTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CaseCategory> category(String code, LocalDate on) {
		return jdbc.sql("select " + COLUMNS + " from case_type where code = ? and " + IN_FORCE)
			.params(code, on, on)
			.query((rs, n) -> map(rs).category())
			.optional();
	}

	@Override
	public List<CaseCategory> categories(LocalDate on) {
		return entries(on).stream().map(Entry::category).filter(c -> !c.isGroupHeader()).toList();
	}

	/** The catalogue in force on that day, group headers included, in code order. */
	public List<Entry> entries(LocalDate on) {
		return jdbc.sql("select " + COLUMNS + " from case_type where " + IN_FORCE + " order by code")
			.params(on, on)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** The 专门审判代字 in force on that day. */
	public List<SpecialTrialCode> specialTrialCodes(LocalDate on) {
		return jdbc.sql("select code, name, valid_from, valid_to, basis from special_trial_code where " + IN_FORCE
				+ " order by code")
			.params(on, on)
			.query((rs, n) -> new SpecialTrialCode(rs.getString("code"), rs.getString("name"),
					rs.getDate("valid_from").toLocalDate(), date(rs.getDate("valid_to")), rs.getString("basis")))
			.list();
	}

	/** The version of the loaded case-type reference file. */
	public String version() {
		return jdbc.sql("select version from reference_data_version where dataset = ?")
			.param(CaseTypeReferenceLoader.CASE_TYPES)
			.query(String.class)
			.optional()
			.orElse("");
	}

	@Override
	public boolean isSpecialTrialCode(String code, LocalDate on) {
		return jdbc.sql("select count(*) from special_trial_code where code = ? and " + IN_FORCE)
			.params(code, on, on)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public Set<String> typeCodes() {
		return new LinkedHashSet<>(jdbc.sql("select distinct type_code from case_type where type_code is not null")
			.query(String.class)
			.list());
	}

	@Override
	public Set<String> specialTrialCodes() {
		return new LinkedHashSet<>(jdbc.sql("select code from special_trial_code").query(String.class).list());
	}

	@Override
	public boolean isTypeCodeInForce(String typeCode, LocalDate on) {
		return jdbc.sql("select count(*) from case_type where type_code = ? and " + IN_FORCE)
			.params(typeCode, on, on)
			.query(Long.class)
			.single() > 0;
	}

	private static Entry map(ResultSet rs) throws SQLException {
		return new Entry(new CaseCategory(rs.getString("code"), rs.getString("name"), rs.getString("type_code"),
				rs.getString("group_code"), rs.getDate("valid_from").toLocalDate(), date(rs.getDate("valid_to"))),
				rs.getString("basis"), rs.getString("note"));
	}

	private static LocalDate date(Date value) {
		return value == null ? null : value.toLocalDate();
	}
}
