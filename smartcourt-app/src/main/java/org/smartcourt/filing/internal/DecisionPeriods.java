package org.smartcourt.filing.internal;

import java.util.EnumMap;
import java.util.Map;

import org.smartcourt.filing.DecisionPeriod;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.shared.ReferenceFile;
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
		for (ReferenceFile.Row f : ReferenceFile.read(file, "kind,days,citation").rows()) {
			FilingKind kind = FilingKind.valueOf(f.get(0));
			periods.put(kind, new DecisionPeriod(kind, Integer.parseInt(f.get(1)), f.get(2)));
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
