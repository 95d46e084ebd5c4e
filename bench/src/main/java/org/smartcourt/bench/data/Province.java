package org.smartcourt.bench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.smartcourt.appraisal.internal.Institution;
import org.smartcourt.shared.CourtId;

/**
 * The courts of Jilin as the application loaded them (reference/organization), their case volumes and the chunks the
 * cases are generated in: one chunk per court and 收案年度, so that each chunk issues a whole run of case numbers.
 */
final class Province {

	/** Share of the province's cases by court level (basic, intermediate, high). */
	private static final double BASIC_SHARE = 0.87;
	private static final double INTERMEDIATE_SHARE = 0.11;

	record Chunk(Court court, int year, LocalDate from, LocalDate to, int cases) {

		String key() {
			return court.id() + "/" + year;
		}
	}

	/**
	 * What the courts already have in the database: departments by court and name (reused, not created again), and
	 * the active mediators and the appraisal institutions by court (see {@link Rosters}).
	 */
	record Existing(Map<String, Map<String, UUID>> departments, Map<String, List<Rosters.Mediator>> mediators,
			Map<String, List<Institution>> institutions) {
	}

	private final List<Court> courts;
	private final Map<String, Staffing> staffing = new LinkedHashMap<>();
	private final Map<String, Rosters> rosters = new LinkedHashMap<>();
	private final List<String> areaCodes;

	private Province(List<Court> courts, List<String> areaCodes) {
		this.courts = courts;
		this.areaCodes = areaCodes;
	}

	static Province load(Connection connection, GenerationPlan plan) throws SQLException {
		long seed = plan.seed();
		List<String[]> rows = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
				select id, name, code, level, parent_id, division_code from court
				 where active and code is not null and level in ('HIGH', 'INTERMEDIATE', 'BASIC') order by id""")) {
			while (rs.next()) {
				rows.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6) });
			}
		}
		List<Court> courts = new ArrayList<>();
		List<String> areas = new ArrayList<>();
		for (String[] r : rows) {
			SplittableRandom random = Seeds.random(seed, "weight", r[0]);
			double weight = Seeds.logNormal(random, 1, 0.45);
			if (r[1].contains("区人民法院")) {
				weight *= 1.8;
			}
			if (!r[0].matches("22\\d{4}")) {
				weight *= 0.3;
			}
			if (r[0].equals("220100")) {
				weight *= 2.5;
			}
			String place = r[1].replace("吉林省", "").replace("高级人民法院", "").replace("中级人民法院", "")
				.replace("人民法院", "");
			courts.add(new Court(r[0], r[1], r[2], r[3], r[4], place.isEmpty() ? "吉林省" : place, city(place), weight));
			if (r[5] != null && r[5].matches("22\\d{2}(0[1-9]|[1-9]\\d)") && r[3].equals("BASIC")) {
				areas.add(r[5]);
			}
		}
		Map<String, Map<String, UUID>> existing = new HashMap<>();
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select court_id, name, id from department where active")) {
			while (rs.next()) {
				existing.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
						rs.getObject(3, UUID.class));
			}
		}
		return of(courts, areas, new Existing(existing, mediators(connection), institutions(connection)), seed,
				plan.from(), plan.asOf());
	}

	/**
	 * Courts with nothing but the departments given (by court id and name), for a one-year run to the default date.
	 */
	static Province of(List<Court> courts, List<String> areas, Map<String, Map<String, UUID>> existing, long seed) {
		LocalDate asOf = GenerationPlan.DEFAULT_AS_OF;
		return of(courts, areas, new Existing(existing, Map.of(), Map.of()), seed, asOf.minusYears(1).plusDays(1),
				asOf);
	}

	static Province of(List<Court> courts, List<String> areas, Existing existing, long seed, LocalDate from,
			LocalDate asOf) {
		Province p = new Province(courts, areas);
		for (Court c : courts) {
			double max = courts.stream().filter(o -> o.level().equals(c.level())).mapToDouble(Court::weight).max()
				.orElse(1);
			p.staffing.put(c.id(), Staffing.plan(c, seed, max, existing.departments().getOrDefault(c.id(), Map.of())));
			p.rosters.put(c.id(), Rosters.plan(c, seed, from, asOf, existing.mediators().getOrDefault(c.id(), List.of()),
					existing.institutions().getOrDefault(c.id(), List.of())));
		}
		return p;
	}

	/** Active mediators by court, in name order: the demo's, or those an earlier run of the plan wrote. */
	private static Map<String, List<Rosters.Mediator>> mediators(Connection connection) throws SQLException {
		Map<String, List<Rosters.Mediator>> out = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
				"select court_id, id, organization_id, name, specialties from mediator where active "
						+ "order by court_id, name, id")) {
			while (rs.next()) {
				out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Rosters.Mediator(
						rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)));
			}
		}
		return out;
	}

	/** Appraisal institutions by court, with their fields and annual reviews, as the app's roster reads them. */
	private static Map<String, List<Institution>> institutions(Connection connection) throws SQLException {
		Map<UUID, Set<String>> fields = new HashMap<>();
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery("select institution_id, field_code from appraisal_institution_field")) {
			while (rs.next()) {
				fields.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
			}
		}
		Map<UUID, Map<Integer, Institution.AnnualReview>> reviews = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
				"select institution_id, year, passed, note from appraisal_annual_review")) {
			while (rs.next()) {
				reviews.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>()).put(rs.getInt(2),
						new Institution.AnnualReview(rs.getInt(2), rs.getBoolean(3), rs.getString(4)));
			}
		}
		Map<String, List<Institution>> out = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
				"select id, court_id, name, licence_number, licence_valid_until, contact_phone, account_username, "
						+ "removed_on, removal_reason from appraisal_institution order by court_id, licence_number, id")) {
			while (rs.next()) {
				UUID id = rs.getObject(1, UUID.class);
				out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Institution(id,
						new CourtId(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
						rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
						fields.getOrDefault(id, Set.of()), reviews.getOrDefault(id, Map.of()), List.of()));
			}
		}
		return out;
	}

	private static String city(String place) {
		int at = place.indexOf('市');
		int state = place.indexOf('州');
		int end = at < 0 ? state : state < 0 ? at : Math.min(at, state);
		return end < 0 ? "长春市" : place.substring(0, end + 1);
	}

	List<Court> courts() {
		return courts;
	}

	Staffing staffing(String courtId) {
		return staffing.get(courtId);
	}

	Rosters rosters(String courtId) {
		return rosters.get(courtId);
	}

	List<String> areaCodes() {
		return areaCodes;
	}

	List<Court> children(Court court) {
		return courts.stream().filter(c -> court.id().equals(c.parentId())).toList();
	}

	/**
	 * The chunks, level by level (basic courts first, whose judgments the intermediate courts' appeals need, then
	 * intermediate, then high), each with its number of cases; the numbers add up to {@code total}.
	 */
	List<List<Chunk>> chunks(long total, LocalDate from, LocalDate to) {
		List<List<Chunk>> phases = new ArrayList<>();
		for (String level : List.of("BASIC", "INTERMEDIATE", "HIGH")) {
			double share = level.equals("BASIC") ? BASIC_SHARE : level.equals("INTERMEDIATE") ? INTERMEDIATE_SHARE
					: 1 - BASIC_SHARE - INTERMEDIATE_SHARE;
			List<Court> atLevel = courts.stream().filter(c -> c.level().equals(level)).toList();
			double weights = atLevel.stream().mapToDouble(Court::weight).sum();
			List<Chunk> chunks = new ArrayList<>();
			List<double[]> exact = new ArrayList<>();
			for (Court c : atLevel) {
				for (int year = from.getYear(); year <= to.getYear(); year++) {
					LocalDate a = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
					LocalDate b = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
					double days = b.toEpochDay() - a.toEpochDay() + 1;
					// case numbers grow a few percent a year
					double growth = Math.pow(1.05, year - to.getYear());
					exact.add(new double[] { c.weight() / weights * days * growth, chunks.size() });
					chunks.add(new Chunk(c, year, a, b, 0));
				}
			}
			double sum = exact.stream().mapToDouble(e -> e[0]).sum();
			long levelTotal = level.equals("HIGH") ? total - Math.round(total * BASIC_SHARE)
					- Math.round(total * INTERMEDIATE_SHARE) : Math.round(total * share);
			long assigned = 0;
			int[] counts = new int[chunks.size()];
			for (double[] e : exact) {
				counts[(int) e[1]] = (int) Math.floor(e[0] / sum * levelTotal);
				assigned += counts[(int) e[1]];
			}
			List<double[]> byRemainder = new ArrayList<>(exact);
			byRemainder.sort(Comparator.comparingDouble((double[] e) -> -(e[0] / sum * levelTotal
					- Math.floor(e[0] / sum * levelTotal))).thenComparingDouble(e -> e[1]));
			for (int i = 0; assigned < levelTotal; i++, assigned++) {
				counts[(int) byRemainder.get(i % byRemainder.size())[1]]++;
			}
			List<Chunk> sized = new ArrayList<>();
			for (int i = 0; i < chunks.size(); i++) {
				Chunk c = chunks.get(i);
				if (counts[i] > 0) {
					sized.add(new Chunk(c.court(), c.year(), c.from(), c.to(), counts[i]));
				}
			}
			// biggest first, so the two workers finish together
			sized.sort(Comparator.comparingInt((Chunk c) -> -c.cases()).thenComparing(Chunk::key));
			phases.add(sized);
		}
		return phases;
	}
}
