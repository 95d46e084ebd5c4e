package org.smartcourt.ledger.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far the ledger has anchored another module's records ({@code ledger_anchor_cursor}); it only moves forward. */
@Repository
class AnchorCursor {

	private final JdbcClient jdbc;

	AnchorCursor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long position(String source) {
		return jdbc.sql("select position from ledger_anchor_cursor where source = ?")
			.param(source)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	void advance(String source, long position) {
		jdbc.sql("""
				insert into ledger_anchor_cursor (source, position) values (?, ?)
				on conflict (source) do update
				set position = greatest(ledger_anchor_cursor.position, excluded.position)""")
			.params(source, position)
			.update();
	}
}
