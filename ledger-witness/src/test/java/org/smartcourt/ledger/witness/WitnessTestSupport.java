package org.smartcourt.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.NoteSignature;
import org.smartcourt.ledger.core.note.SignedNote;
import org.smartcourt.ledger.core.note.VerifierKey;

/** Shared bits of the witness tests. */
final class WitnessTestSupport {

	static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private WitnessTestSupport() {
	}

	static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The witness's cosignatures on a checkpoint, read as the specification tells clients to: append the response to
	 * the checkpoint and verify the note with the witness key.
	 */
	static List<NoteSignature> cosignatures(String checkpoint, String responseBody, VerifierKey witnessKey) {
		return SignedNote.parse(checkpoint + responseBody).verifiedBy(witnessKey.verifier());
	}

	static Instant timestampOf(NoteSignature cosignature) {
		return CosignatureV1.timestamp(cosignature.signature());
	}

	static void truncate(DataSource db) throws SQLException {
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			s.execute("truncate witness_state, witness_rejected_request");
		}
	}

	/** Drops the witness tables, so that the next witness creates them. */
	static void dropTables(DataSource db) throws SQLException {
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			s.execute("drop table if exists witness_state, witness_rejected_request");
		}
	}

	/** The rejected requests as "status origin reason-prefix|body" rows, oldest first. */
	static List<String> rejected(DataSource db) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection c = db.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select status, origin, body from witness_rejected_request order by id")) {
			while (rs.next()) {
				rows.add(rs.getInt(1) + " " + rs.getString(2) + "|" + new String(rs.getBytes(3), StandardCharsets.UTF_8));
			}
		}
		return rows;
	}
}
