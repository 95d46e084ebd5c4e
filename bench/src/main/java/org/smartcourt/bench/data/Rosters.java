package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.smartcourt.appraisal.internal.Institution;
import org.smartcourt.shared.CourtId;

/**
 * The rosters of one court the generated records draw on: its 特邀调解名册 (《最高人民法院关于人民法院特邀调解的规定》 arts.
 * 5–8), a 人民调解委员会 and a 特邀调解组织 with their mediators, and its 司法鉴定名册 (《人民法院对外委托司法鉴定管理规定》
 * arts. 3–9), institutions covering every field the generated entrustments ask for, each field by at least two so
 * that a draw has a choice. Planned from the seed on a stream of their own, so the staff plan stays as it was.
 * <p>
 * A court that already keeps mediators (the demo courts) gets none: its mediations are given to the mediators it has.
 * Generated institutions are written at every court, beside any it has (the demo roster of 220100 has no qualified
 * institution for 交通事故 or 产品质量), and a draw takes both. Licence numbers start with 228, which the demo's
 * (2201…) never do.
 */
final class Rosters {

	/** 人民调解委员会 or 特邀调解组织; specialties are codes of {@code mediation.Specialty}, comma-separated. */
	record Organization(UUID id, String name, String specialties) {
	}

	/** 特邀调解员 (without a platform account). */
	record Mediator(UUID id, UUID organizationId, String name, String specialties) {
	}

	/** The fields of expertise (reference/appraisal/fields.csv) of each kind of generated institution. */
	private static final String[][] INSTITUTIONS = {
			{ "司法鉴定中心", "forensic-clinical,forensic-pathology,forensic-biology,document,traffic-accident" },
			{ "司法鉴定所", "document,trace,audio-visual,electronic-data,forensic-clinical" },
			{ "交通事故司法鉴定所", "traffic-accident,forensic-clinical,trace" },
			{ "工程造价咨询有限公司", "construction-cost,construction-quality" },
			{ "工程质量检测中心", "construction-quality,construction-cost,product-quality" },
			{ "资产评估有限公司", "asset-valuation,price,accounting" },
			{ "会计师事务所", "accounting,asset-valuation,price" },
			{ "产品质量检验所", "product-quality,price" } };
	private static final String[] WORDS = { "正衡", "公信", "明鉴", "中天", "华信", "德衡", "求实", "天平", "精诚", "鼎信",
			"衡平", "明正", "信达", "正大", "金诚", "弘正" };

	private final List<Organization> organizations = new ArrayList<>();
	private final List<Mediator> mediators = new ArrayList<>();
	private final boolean ownMediators;
	private final List<Institution> planned = new ArrayList<>();
	private final List<Institution> institutions = new ArrayList<>();

	private Rosters(boolean ownMediators) {
		this.ownMediators = ownMediators;
	}

	/**
	 * @param existingMediators the active mediators the court has in the database, which may include the ones an
	 *        earlier run of this plan wrote (recognised by id, so a resumed run plans the same).
	 * @param existingInstitutions likewise, its appraisal institutions.
	 * @param from the first day of the run: annual reviews (2002 规定 art. 7) are recorded from the year before.
	 */
	static Rosters plan(Court court, long seed, LocalDate from, LocalDate asOf, List<Mediator> existingMediators,
			List<Institution> existingInstitutions) {
		SplittableRandom random = Seeds.random(seed, "rosters", court.id());
		List<Organization> organizations = new ArrayList<>();
		List<Mediator> mediators = new ArrayList<>();
		String[][] kinds = { { court.place() + "诉调对接人民调解委员会", "GENERAL,MARRIAGE_FAMILY,LABOUR" },
				{ court.city() + "律师协会特邀调解工作室", "GENERAL,FINANCIAL_CONSUMER,ROAD_TRAFFIC" } };
		for (String[] kind : kinds) {
			Organization o = new Organization(Seeds.uuid(random), kind[0], kind[1]);
			organizations.add(o);
			String[] specialties = kind[1].split(",");
			for (int i = 0, n = 3 + random.nextInt(3); i < n; i++) {
				// every mediator takes general disputes, and one of the organization's other fields
				mediators.add(new Mediator(Seeds.uuid(random), o.id(), ChineseNames.person(random),
						"GENERAL," + specialties[1 + random.nextInt(specialties.length - 1)]));
			}
		}
		Set<UUID> ownIds = new HashSet<>();
		mediators.forEach(m -> ownIds.add(m.id()));
		List<Mediator> theirs = existingMediators.stream().filter(m -> !ownIds.contains(m.id())).toList();
		Rosters r = new Rosters(theirs.isEmpty());
		if (theirs.isEmpty()) {
			r.organizations.addAll(organizations);
			r.mediators.addAll(mediators);
		}
		else {
			r.mediators.addAll(theirs);
		}

		String prefix = court.city().endsWith("市") ? court.city().substring(0, court.city().length() - 1) : "吉林";
		List<String> words = new ArrayList<>(List.of(WORDS));
		Map<Integer, Institution.AnnualReview> reviews = new HashMap<>();
		for (int year = from.getYear() - 1; year < asOf.getYear(); year++) {
			reviews.put(year, new Institution.AnnualReview(year, true, "年度审核合格"));
		}
		for (String[] kind : INSTITUTIONS) {
			String word = words.remove(random.nextInt(words.size()));
			UUID id = Seeds.uuid(random);
			Set<String> fields = new LinkedHashSet<>(List.of(kind[1].split(",")));
			List<Institution.Appraiser> appraisers = new ArrayList<>();
			for (String field : fields) {
				appraisers.add(new Institution.Appraiser(Seeds.uuid(random), ChineseNames.person(random),
						String.format("22%013d", random.nextLong(10_000_000_000_000L)), field));
			}
			r.planned.add(new Institution(id, new CourtId(court.id()), prefix + word + kind[0],
					String.format("228%09d", random.nextInt(1_000_000_000)), asOf.plusYears(1 + random.nextInt(4)),
					String.format("0431-8%07d", random.nextInt(10_000_000)), null, null, null, fields, reviews,
					appraisers));
		}
		Set<UUID> plannedIds = new HashSet<>();
		r.planned.forEach(i -> plannedIds.add(i.id()));
		existingInstitutions.stream().filter(i -> !plannedIds.contains(i.id())).forEach(r.institutions::add);
		r.institutions.addAll(r.planned);
		return r;
	}

	/** The organizations to write: none when the court keeps mediators of its own. */
	List<Organization> organizations() {
		return organizations;
	}

	/** The mediators to write: none when the court keeps mediators of its own. */
	List<Mediator> mediatorsToWrite() {
		return ownMediators ? mediators : List.of();
	}

	/** The mediators its mediations are given to, never empty. */
	List<Mediator> mediators() {
		return mediators;
	}

	/** The institutions to write. */
	List<Institution> plannedInstitutions() {
		return planned;
	}

	/** Every institution on the court's roster, for draws: those it had and the generated ones. */
	List<Institution> institutions() {
		return institutions;
	}
}
