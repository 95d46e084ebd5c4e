package org.smartcourt.filing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.smartcourt.filing.DecisionPeriod;
import org.smartcourt.filing.FilingKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The periods to decide on a filing, read from reference data ({@code smartcourt.filing.decision-periods-file}), so
 * a change of law is a data change. Every kind of filing must have one, or the application does not start.
 */
@Component
public class DecisionPeriods {

	private final Map<FilingKind, DecisionPeriod> periods = new EnumMap<>(FilingKind.class);

	DecisionPeriods(
			@Value("${smartcourt.filing.decision-periods-file:classpath:reference/filing/decision-periods.csv}") Resource file) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			in.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kind,"))
				.forEach(line -> {
					String[] f = line.split(",", 3);
					FilingKind kind = FilingKind.valueOf(f[0].trim());
					periods.put(kind, new DecisionPeriod(kind, Integer.parseInt(f[1].trim()), f[2].trim()));
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read decision periods " + file, ex);
		}
		for (FilingKind kind : FilingKind.values()) {
			if (!periods.containsKey(kind)) {
				throw new IllegalStateException("no decision period for " + kind + " in " + file);
			}
		}
	}

	public DecisionPeriod of(FilingKind kind) {
		return periods.get(kind);
	}
}
