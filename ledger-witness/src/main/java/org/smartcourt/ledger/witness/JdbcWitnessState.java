package org.smartcourt.ledger.witness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The witness's state in its own PostgreSQL database: table {@code witness_state} (one row per log origin: latest
 * cosigned size and root) and {@code witness_rejected_request} (refused requests that the log had signed, kept as
 * evidence). Creates both tables on construction if they are missing.
 *
 * <p>Every write is one auto-committed statement: the state changes only by a single-row compare-and-swap
 * ({@code update … where origin = ? and size = ? and root = ?}, or {@code insert … on conflict do nothing} for a log's
 * first checkpoint), so concurrent requests, even from several witness processes on the same database, can never roll
 * the stored size back.
 */
public final class JdbcWitnessState implements WitnessState {

	private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final DataSource dataSource;
	private final String state;
	private final String rejected;

	/** The tables in the connection's default schema. */
	public JdbcWitnessState(DataSource dataSource) {
		this(dataSource, null);
	}

	private JdbcWitnessState(DataSource dataSource, String schema) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		String prefix = schema == null ? "" : schema + ".";
		this.state = prefix + "witness_state";
		this.rejected = prefix + "witness_rejected_request";
		createTables(schema);
	}

	/**
	 * The tables in their own schema, created if missing: lets several witnesses (for example the demo witnesses of one
	 * application) share a database without sharing state.
	 */
	public static JdbcWitnessState inSchema(DataSource dataSource, String schema) {
		if (!SCHEMA.matcher(schema).matches()) {
			throw new IllegalArgumentException("a schema name is lower-case letters, digits and underscores: " + schema);
		}
		return new JdbcWitnessState(dataSource, schema);
	}

	/** A state on the PostgreSQL database at a JDBC URL; connections are opened per request, without a pool. */
	public static JdbcWitnessState connect(String jdbcUrl, String user, String password) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(jdbcUrl);
		dataSource.setUser(user);
		dataSource.setPassword(password);
		return new JdbcWitnessState(dataSource);
	}

	/** A connection in auto-commit mode: every statement is its own durable transaction. */
	private Connection connection() throws SQLException {
		Connection c = dataSource.getConnection();
		try {
			c.setAutoCommit(true);
			return c;
		} catch (SQLException e) {
			c.close();
			throw e;
		}
	}

	/**
	 * Creates the tables in one transaction under an advisory lock: two processes starting together on one database
	 * (two app nodes with their demo witnesses) would otherwise race on {@code create table if not exists}, which
	 * PostgreSQL does not make safe against a concurrent create (a duplicate key in its catalogue).
	 */
	private void createTables(String schema) {
		try (Connection c = connection(); Statement s = c.createStatement()) {
			c.setAutoCommit(false);
			s.execute("select pg_advisory_xact_lock(hashtext('smartcourt ledger-witness tables'))");
			if (schema != null) {
				s.execute("create schema if not exists " + schema);
			}
			s.execute("create table if not exists " + state + " ("
					+ "origin text primary key, "
					+ "size bigint not null check (size >= 0), "
					+ "root bytea not null, "
					+ "updated_at timestamptz not null)");
			s.execute("create table if not exists " + rejected + " ("
					+ "id bigint generated always as identity primary key, "
					+ "origin text not null, "
					+ "status int not null, "
					+ "reason text not null, "
					+ "body bytea not null, "
					+ "received_at timestamptz not null)");
			c.commit();
		} catch (SQLException e) {
			throw new WitnessStorageException("cannot create the witness tables", e);
		}
	}

	@Override
	public Optional<LogState> latest(String origin) {
		try (Connection c = connection();
				PreparedStatement s = c.prepareStatement("select size, root from " + state + " where origin = ?")) {
			s.setString(1, origin);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() ? Optional.of(new LogState(rs.getLong(1), rs.getBytes(2))) : Optional.empty();
			}
		} catch (SQLException e) {
			throw new WitnessStorageException("cannot read the state of " + origin, e);
		}
	}

	@Override
	public boolean compareAndSet(String origin, Optional<LogState> expected, LogState next, Instant at) {
		try (Connection c = connection()) {
			return (expected.isPresent() ? update(c, origin, expected.get(), next, at) : insert(c, origin, next, at)) == 1;
		} catch (SQLException e) {
			throw new WitnessStorageException("cannot store the state of " + origin, e);
		}
	}

	private int update(Connection c, String origin, LogState expected, LogState next, Instant at) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("update " + state + " set size = ?, root = ?, updated_at = ? "
				+ "where origin = ? and size = ? and root = ?")) {
			s.setLong(1, next.size());
			s.setBytes(2, next.root());
			s.setTimestamp(3, Timestamp.from(at));
			s.setString(4, origin);
			s.setLong(5, expected.size());
			s.setBytes(6, expected.root());
			return s.executeUpdate();
		}
	}

	private int insert(Connection c, String origin, LogState next, Instant at) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("insert into " + state + " (origin, size, root, updated_at) "
				+ "values (?, ?, ?, ?) on conflict (origin) do nothing")) {
			s.setString(1, origin);
			s.setLong(2, next.size());
			s.setBytes(3, next.root());
			s.setTimestamp(4, Timestamp.from(at));
			return s.executeUpdate();
		}
	}

	@Override
	public void recordRejected(String origin, int status, String reason, byte[] body, Instant at) {
		try (Connection c = connection();
				PreparedStatement s = c.prepareStatement("insert into " + rejected
						+ " (origin, status, reason, body, received_at) values (?, ?, ?, ?, ?)")) {
			s.setString(1, origin);
			s.setInt(2, status);
			s.setString(3, reason);
			s.setBytes(4, body);
			s.setTimestamp(5, Timestamp.from(at));
			s.executeUpdate();
		} catch (SQLException e) {
			throw new WitnessStorageException("cannot record a rejected request of " + origin, e);
		}
	}

	/** Whether the database answers, for the health endpoint. */
	public boolean isHealthy() {
		try (Connection c = connection()) {
			return c.isValid(2);
		} catch (SQLException e) {
			return false;
		}
	}
}
