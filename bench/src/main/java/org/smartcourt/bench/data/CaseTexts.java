package org.smartcourt.bench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Statements of facts taken from real judgments — the LeCaRD and LeCaRDv2 queries under ../shared/data (MIT
 * licence, THUIR; see their LICENSE files) — with the defendant's name and the province replaced deterministically,
 * so that search and extraction run on realistic Chinese text. They are criminal facts, so they go into 刑事自诉
 * filings; civil filings get claims and facts written from templates.
 */
final class CaseTexts {

	private static final Pattern FACT_FIELD = Pattern.compile("\"(?:q|query)\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");
	private static final Pattern DEFENDANT = Pattern.compile("被告人(\\p{IsHan}{2,3})");
	private static final Pattern PROVINCE = Pattern.compile("(?<!吉林)(海南|湖南|湖北|河南|河北|广东|广西|浙江|江苏|山东|山西|四川|福建|安徽|江西|云南|贵州|陕西|甘肃|辽宁|黑龙江)省");
	private static final int MAX = 1500;

	private final List<String> facts;

	private CaseTexts(List<String> facts) {
		this.facts = facts;
	}

	static CaseTexts none() {
		return new CaseTexts(List.of());
	}

	/** The facts of every query under {@code root} (lecardv2/query/*.json, lecard/data/query/query.json), in file order. */
	static CaseTexts load(Path root) {
		List<Path> files = new ArrayList<>();
		Path v2 = root.resolve("lecardv2/query");
		if (Files.isDirectory(v2)) {
			try (Stream<Path> s = Files.list(v2)) {
				s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
			}
			catch (IOException e) {
				return none();
			}
		}
		Path v1 = root.resolve("lecard/data/query/query.json");
		if (Files.isRegularFile(v1)) {
			files.add(v1);
		}
		List<String> facts = new ArrayList<>();
		for (Path f : files) {
			try {
				for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
					Matcher m = FACT_FIELD.matcher(line);
					if (m.find()) {
						String text = m.group(1).replace("\\n", "").replace("\\\"", "\"").replace("\\\\", "\\");
						int start = text.indexOf("被告人");
						if (start >= 0) {
							facts.add(text.substring(start, Math.min(text.length(), start + MAX)));
						}
					}
				}
			}
			catch (IOException e) {
				// an unreadable file only means fewer texts
			}
		}
		return new CaseTexts(facts);
	}

	int size() {
		return facts.size();
	}

	/** A statement of facts with the defendant renamed {@code defendant} and the province made 吉林省, or null. */
	String facts(SplittableRandom random, String defendant) {
		if (facts.isEmpty()) {
			return null;
		}
		String text = facts.get(random.nextInt(facts.size()));
		Matcher m = DEFENDANT.matcher(text);
		if (m.find()) {
			String three = m.group(1);
			String two = three.substring(0, 2);
			String name = text.split(Pattern.quote(three), -1).length > 2 ? three : two;
			text = text.replace(name, defendant);
		}
		return PROVINCE.matcher(text).replaceAll("吉林省");
	}
}
