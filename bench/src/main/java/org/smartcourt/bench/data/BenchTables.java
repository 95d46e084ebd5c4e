package org.smartcourt.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generator's own bookkeeping, in tables it creates itself (not Flyway migrations, which belong to the app):
 * {@code bench_generation} (one row per run: what, and when it finished), {@code bench_generation_chunk} (each
 * committed chunk, to resume), {@code bench_dropped_index} (definitions of indexes dropped for the bulk load).
 */
final class BenchTables {

	private BenchTables() {
	}

	static void create(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("""
					create table if not exists bench_generation (
					    key text primary key, scale text not null, seed bigint not null, cases bigint not null,
					    years int not null, as_of date not null, started_at timestamptz not null,
					    finished_at timestamptz)""");
			s.execute("""
					create table if not exists bench_generation_chunk (
					    key text not null, chunk text not null, cases int not null,
					    finished_at timestamptz not null, primary key (key, chunk))""");
			s.execute("create table if not exists bench_dropped_index (name text primary key, definition text not null)");
		}
	}

	static String finished(Connection c) throws SQLException {
		return one(c, "select key from bench_generation where finished_at is not null");
	}

	static String started(Connection c) throws SQLException {
		return one(c, "select key from bench_generation where finished_at is null");
	}

	private static String one(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	static void start(Connection c, GenerationPlan plan) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("""
				insert into bench_generation (key, scale, seed, cases, years, as_of, started_at)
				values (?, ?, ?, ?, ?, ?, now()) on conflict (key) do nothing""")) {
			p.setString(1, plan.key());
			p.setString(2, plan.scale());
			p.setLong(3, plan.seed());
			p.setLong(4, plan.cases());
			p.setInt(5, plan.years());
			p.setObject(6, plan.asOf());
			p.executeUpdate();
		}
	}

	static void finish(Connection c, GenerationPlan plan) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("update bench_generation set finished_at = now() where key = ?")) {
			p.setString(1, plan.key());
			p.executeUpdate();
		}
	}

	static boolean chunkDone(Connection c, GenerationPlan plan, String chunk) throws SQLException {
		return doneChunks(c, plan).contains(chunk);
	}

	static Set<String> doneChunks(Connection c, GenerationPlan plan) throws SQLException {
		Set<String> out = new HashSet<>();
		try (PreparedStatement p = c.prepareStatement("select chunk from bench_generation_chunk where key = ?")) {
			p.setString(1, plan.key());
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					out.add(rs.getString(1));
				}
			}
		}
		return out;
	}

	/** Marks a chunk committed; runs in the chunk's own transaction, so it is there exactly when its rows are. */
	static void chunkFinished(Connection c, GenerationPlan plan, String chunk, int cases) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("""
				insert into bench_generation_chunk (key, chunk, cases, finished_at) values (?, ?, ?, now())""")) {
			p.setString(1, plan.key());
			p.setString(2, chunk);
			p.setInt(3, cases);
			p.executeUpdate();
		}
	}

	/** Drops the non-unique indexes of {@code tables}, keeping their definitions to rebuild them. */
	static void dropIndexes(Connection c, Set<String> tables) throws SQLException {
		List<String[]> indexes = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement("""
				select i.relname, pg_get_indexdef(x.indexrelid)
				  from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
				 where t.relname = any (?) and not x.indisunique and not x.indisprimary
				   and t.relnamespace = 'public'::regnamespace""")) {
			p.setArray(1, c.createArrayOf("text", tables.toArray()));
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					indexes.add(new String[] { rs.getString(1), rs.getString(2) });
				}
			}
		}
		for (String[] index : indexes) {
			try (PreparedStatement p = c.prepareStatement("""
					insert into bench_dropped_index (name, definition) values (?, ?) on conflict do nothing""");
					Statement s = c.createStatement()) {
				p.setString(1, index[0]);
				p.setString(2, index[1]);
				p.executeUpdate();
				s.execute("drop index if exists " + index[0]);
			}
		}
	}

	/** Rebuilds the indexes dropped for the bulk load; returns how many. */
	static int recreateIndexes(Connection c) throws SQLException {
		List<String[]> indexes = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select name, definition from bench_dropped_index order by name")) {
			while (rs.next()) {
				indexes.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		try (Statement s = c.createStatement()) {
			s.execute("set maintenance_work_mem = '512MB'");
			for (String[] index : indexes) {
				s.execute(index[1].replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
				s.execute("delete from bench_dropped_index where name = '" + index[0].replace("'", "''") + "'");
			}
		}
		return indexes.size();
	}
}
