package org.smartcourt.bench.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartcourt.cases.Procedure;
import org.springframework.context.MessageSource;

/**
 * What the generator takes from the application's reference data: the civil causes (catalogue), the closing methods
 * (reference/cases/closing-methods.csv) and the Chinese names of procedures.
 */
final class References {

	record Cause(String code, String name) {
	}

	record ClosingMethod(String code, String name, List<String> typeCodes, List<String> documents, String dateRule,
			String statisticGroup) {
	}

	private final List<Cause> causes;
	private final Map<String, ClosingMethod> methods;
	private final String methodsVersion;
	private final Map<Procedure, String> procedureNames = new HashMap<>();

	private References(List<Cause> causes, Map<String, ClosingMethod> methods, String methodsVersion) {
		this.causes = causes;
		this.methods = methods;
		this.methodsVersion = methodsVersion;
	}

	static References load(Connection connection, MessageSource messages) throws SQLException {
		List<Cause> causes = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
				select code, name from cause_of_action where active and level >= 3 and name like '%纠纷'
				 order by code""")) {
			while (rs.next()) {
				causes.add(new Cause(rs.getString(1), rs.getString(2)));
			}
		}
		return of(causes, p -> messages.getMessage(p.labelKey(), null, p.name(), Locale.SIMPLIFIED_CHINESE));
	}

	/** From a list of causes and a way to name procedures (tests name them without a message source). */
	static References of(List<Cause> causes, java.util.function.Function<Procedure, String> names) {
		Map<String, ClosingMethod> methods = new HashMap<>();
		String version = "";
		for (String line : resource("reference/cases/closing-methods.csv").lines().toList()) {
			if (line.startsWith("#")) {
				if (line.contains("version:")) {
					version = line.substring(line.indexOf("version:") + 8).strip();
				}
				continue;
			}
			String[] f = line.split(",", -1);
			if (f.length < 6 || f[0].equals("code")) {
				continue;
			}
			methods.put(f[0], new ClosingMethod(f[0], f[1], List.of(f[2].split("\\|")), List.of(f[3].split("\\|")),
					f[4], f[5]));
		}
		References r = new References(causes, methods, version);
		for (Procedure p : Procedure.values()) {
			r.procedureNames.put(p, names.apply(p));
		}
		return r;
	}

	static String resource(String name) {
		try (InputStream in = References.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<Cause> causes() {
		return causes;
	}

	ClosingMethod method(String code) {
		ClosingMethod m = methods.get(code);
		if (m == null) {
			throw new IllegalStateException("unknown closing method " + code);
		}
		return m;
	}

	String methodsVersion() {
		return methodsVersion;
	}

	String procedureName(Procedure p) {
		return procedureNames.get(p);
	}
}
