package org.smartcourt.storage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stored_file} table: what each stored content is, and the name it was first submitted under. */
@Repository
class StoredFileRepository {

	private final JdbcClient jdbc;

	StoredFileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the file unless its content is already known; the first original name stays.
	 *
	 * @return whether the content was new.
	 */
	boolean remember(StoredFile file, Instant storedAt) {
		return jdbc.sql("""
				insert into stored_file (sha256, size, type, original_name, stored_at) values (?, ?, ?, ?, ?)
				on conflict (sha256) do nothing""")
			.params(file.sha256(), file.size(), file.type().name(), file.originalName(), Timestamp.from(storedAt))
			.update() == 1;
	}

	Optional<StoredFile> find(Sha256 sha256) {
		return jdbc.sql("select sha256, size, type, original_name from stored_file where sha256 = ?")
			.param(sha256.hex())
			.query(StoredFileRepository::map)
			.optional();
	}

	/** The next {@code limit} stored hashes after {@code after} (or from the first, when {@literal null}), in order. */
	List<Sha256> hashesAfter(Sha256 after, int limit) {
		return jdbc.sql("select sha256 from stored_file where sha256 > ? order by sha256 limit ?")
			.params(after == null ? "" : after.hex(), limit)
			.query((rs, row) -> new Sha256(rs.getString(1)))
			.list();
	}

	private static StoredFile map(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getString("sha256"), rs.getLong("size"), DocumentType.valueOf(rs.getString("type")),
				rs.getString("original_name"));
	}
}
