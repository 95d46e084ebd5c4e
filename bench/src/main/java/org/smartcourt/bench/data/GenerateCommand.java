package org.smartcourt.bench.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.smartcourt.bench.BenchApp;
import org.smartcourt.cases.CaseNumbers;
import org.smartcourt.cases.internal.clock.CaseClockService;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.Money;
import org.smartcourt.mediation.internal.MediationClock;
import org.smartcourt.preservation.internal.PreservationClocks;
import org.springframework.context.MessageSource;

/**
 * {@code generate --scale small|province|decade [--seed 20261129] [--dir bench/target/data/<scale>] [--years N]
 * [--cases N] [--as-of 2026-11-27]}: starts the app once on the directory's embedded PostgreSQL (Flyway and the
 * reference loaders build the schema and demo data), fills it with a province by COPY, checks it, closes the app.
 * {@code check [--dir …]} runs the checks alone.
 */
public final class GenerateCommand {

	public static final long DEFAULT_SEED = 20261129L;

	private GenerateCommand() {
	}

	/** @return the process exit code. */
	public static int generate(List<String> args) throws Exception {
		Map<String, String> o = options(args, List.of("scale", "seed", "dir", "years", "cases", "as-of", "texts"));
		Scale scale = Scale.of(o.getOrDefault("scale", "small"));
		long cases = o.containsKey("cases") ? Long.parseLong(o.get("cases")) : scale.cases();
		GenerationPlan plan = new GenerationPlan(scale.label(), cases,
				o.containsKey("years") ? Integer.parseInt(o.get("years")) : scale.years(),
				o.containsKey("seed") ? Long.parseLong(o.get("seed")) : DEFAULT_SEED,
				o.containsKey("as-of") ? LocalDate.parse(o.get("as-of")) : GenerationPlan.DEFAULT_AS_OF);
		Path dir = Path.of(o.getOrDefault("dir", "bench/target/data/" + scale.label()));
		return generate(plan, dir, o.containsKey("texts") ? Path.of(o.get("texts")) : defaultTexts());
	}

	/** Generates {@code plan} into {@code dir} (created if missing, resumed if partial) and checks it. */
	public static int generate(GenerationPlan plan, Path dir) throws Exception {
		return generate(plan, dir, defaultTexts());
	}

	/**
	 * Where the LeCaRD and LeCaRDv2 judgments are: {@code ../shared/data} beside the repository, seen from its root
	 * (the documented commands) or from the bench module (Maven's tests). Without them private-prosecution filings
	 * get no facts text.
	 */
	public static Path defaultTexts() {
		for (String candidate : List.of("../shared/data", "../../shared/data")) {
			if (Files.isDirectory(Path.of(candidate, "lecardv2"))) {
				return Path.of(candidate);
			}
		}
		return Path.of("../shared/data");
	}

	private static FilingSupport filingSupport(BenchApp app, CaseTexts texts) {
		tools.jackson.databind.json.JsonMapper json = app.bean(tools.jackson.databind.json.JsonMapper.class);
		Deadlines deadlines = app.bean(Deadlines.class);
		Map<String, FilingSupport.Period> periods = new java.util.concurrent.ConcurrentHashMap<>();
		return new FilingSupport(json::writeValueAsString, (kind, day) -> periods.computeIfAbsent(kind + "/" + day, k -> {
			DeadlineResult r = deadlines.compute(RuleId.of(kind == FilingKind.PRIVATE_PROSECUTION
					? "filing-decision-private-prosecution" : "filing-decision"), day, List.of());
			return new FilingSupport.Period(r.due(), r.explanationText());
		}), texts, app.bean(org.smartcourt.mediation.internal.Router.class)::route);
	}

	static int generate(GenerationPlan plan, Path dir, Path textsRoot) throws Exception {
		CaseTexts texts = CaseTexts.load(textsRoot);
		System.out.println(org.smartcourt.bench.Machine.describe());
		try (BenchApp app = BenchApp.start(dir, false, Map.of())) {
			ClockEngine clocks = new ClockEngine(app.bean(HolidayCalendar.class).current());
			CourtFees courtFees = app.bean(CourtFees.class);
			AcceptanceFees fees = (claim, simple) -> courtFees.assess(FeeRequest.of(org.smartcourt.fees.CaseKind.PROPERTY,
					Money.ofFen(claim)).withProcedure(simple ? org.smartcourt.fees.Procedure.SIMPLE : org.smartcourt.fees.Procedure.ORDINARY)).total().fen();
			FilingSupport filings = filingSupport(app, texts);
			// the app's MediationClock and PreservationClocks on its Deadlines, remembered; check compares with the beans
			RecordSupport records = RecordSupport.remembering(app.bean(Deadlines.class), preservationFee(courtFees));
			boolean generated = new Generator(app.dataSource(), plan, clocks, fees, filings, records,
					app.bean(MessageSource.class)).run();
			if (!generated) {
				return 0;
			}
			List<String> failures = check(app).run();
			System.out.println("# data directory: " + dir.toAbsolutePath() + " (reuse it with BenchApp.start(dir, false, …))");
			System.out.println("# bench accounts: bench-judge-<court id>-<n> and bench-clerk-<court id>-<n>, n = 1..5, "
					+ "password = the demo password; list them with: select username from user_account where username like 'bench-%'");
			return failures.isEmpty() ? 0 : 1;
		}
	}

	public static int check(List<String> args) throws Exception {
		Map<String, String> o = options(args, List.of("dir", "scale"));
		Path dir = Path.of(o.getOrDefault("dir", "bench/target/data/" + o.getOrDefault("scale", "small")));
		if (!Files.isDirectory(dir.resolve("pg"))) {
			System.err.println("no generated database in " + dir);
			return 2;
		}
		try (BenchApp app = BenchApp.start(dir, false, Map.of())) {
			return check(app).run().isEmpty() ? 0 : 1;
		}
	}

	/** The checks, with the app's own beans: its deadline engine, mediation and preservation clocks. */
	private static ConsistencyCheck check(BenchApp app) {
		RecordSupport beans = new RecordSupport(app.bean(Deadlines.class), app.bean(MediationClock.class),
				app.bean(PreservationClocks.class), preservationFee(app.bean(CourtFees.class)));
		return new ConsistencyCheck(app.dataSource(), app.bean(CaseNumbers.class), app.bean(CaseClockService.class),
				beans);
	}

	/** The 申请费 of a preservation and the description the fees module gives its payment. */
	private static LongFunction<RecordSupport.Fee> preservationFee(CourtFees fees) {
		return fen -> {
			FeeAssessment a = fees.assess(FeeRequest.of(org.smartcourt.fees.CaseKind.PRESERVATION, Money.ofFen(fen)));
			// as FeePayments.open describes the payment it opens
			return new RecordSupport.Fee(a.total().fen(), a.request().kind().slug() + " · " + a.total() + " 元");
		};
	}

	private static Map<String, String> options(List<String> args, List<String> known) {
		Map<String, String> out = new HashMap<>();
		for (int i = 0; i < args.size(); i += 2) {
			String name = args.get(i);
			if (!name.startsWith("--") || i + 1 >= args.size() || !known.contains(name.substring(2))) {
				throw new IllegalArgumentException("expected one of " + known + " as --name value, got " + name);
			}
			out.put(name.substring(2).toLowerCase(Locale.ROOT), args.get(i + 1));
		}
		return out;
	}
}
