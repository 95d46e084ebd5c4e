package org.smartcourt.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.notification.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code notification_template} and its versions. */
@Repository
class TemplateRepository {

	private static final String COLUMNS = "code, category, version, title, sms, body, placeholders, edited, updated_at";

	private final JdbcClient jdbc;

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the seed as version 1 unless the code exists; an existing template is left alone. */
	void seed(String code, TemplateText text, Instant at) {
		int inserted = jdbc.sql("""
				insert into notification_template (code, category, version, title, sms, body, placeholders, updated_at)
				values (?, ?, 1, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
			.params(code, text.category().name(), text.title(), text.sms(), text.body(),
					String.join(",", text.placeholders()), Timestamp.from(at))
			.update();
		if (inserted == 1) {
			insertVersion(code, 1, text, at, null);
		}
	}

	/** A seed file changed and the admin never edited the template: the file's text becomes the next version. */
	void reseed(StoredTemplate current, TemplateText text, Instant at) {
		int version = current.version() + 1;
		jdbc.sql("""
				update notification_template set category = ?, version = ?, title = ?, sms = ?, body = ?,
				placeholders = ?, updated_at = ? where code = ? and not edited""")
			.params(text.category().name(), version, text.title(), text.sms(), text.body(),
					String.join(",", text.placeholders()), Timestamp.from(at), current.code())
			.update();
		insertVersion(current.code(), version, text, at, null);
	}

	void edit(StoredTemplate current, TemplateText text, Instant at, UUID by) {
		int version = current.version() + 1;
		jdbc.sql("""
				update notification_template set version = ?, title = ?, sms = ?, body = ?, edited = true,
				updated_at = ?, updated_by = ? where code = ?""")
			.params(version, text.title(), text.sms(), text.body(), Timestamp.from(at), by, current.code())
			.update();
		insertVersion(current.code(), version, text, at, by);
	}

	private void insertVersion(String code, int version, TemplateText text, Instant at, UUID by) {
		jdbc.sql("""
				insert into notification_template_version (code, version, category, title, sms, body, created_at,
				created_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code, version, text.category().name(), text.title(), text.sms(), text.body(), Timestamp.from(at),
					by)
			.update();
	}

	Optional<StoredTemplate> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from notification_template where code = ?")
			.param(code)
			.query(TemplateRepository::map)
			.optional();
	}

	List<StoredTemplate> all() {
		return jdbc.sql("select " + COLUMNS + " from notification_template order by code")
			.query(TemplateRepository::map)
			.list();
	}

	private static StoredTemplate map(ResultSet rs, int row) throws SQLException {
		TemplateText text = new TemplateText(Category.valueOf(rs.getString("category")), rs.getString("title"),
				rs.getString("sms"), rs.getString("body"));
		String names = rs.getString("placeholders");
		Set<String> placeholders = names.isEmpty() ? Set.of()
				: new LinkedHashSet<>(Arrays.asList(names.split(",")));
		return new StoredTemplate(rs.getString("code"), rs.getInt("version"), text, placeholders,
				rs.getBoolean("edited"), rs.getTimestamp("updated_at").toInstant());
	}
}
