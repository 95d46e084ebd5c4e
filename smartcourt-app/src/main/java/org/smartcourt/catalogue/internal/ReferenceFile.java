package org.smartcourt.catalogue.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * A versioned CSV reference file: {@code #} comment lines (one carries {@code version: …}), a header line, then
 * rows of comma-separated fields (no quoting: no field contains a comma).
 */
record ReferenceFile(String version, List<String[]> rows, String source) {

	static ReferenceFile read(Resource file, int fields) {
		String version = null;
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = in.readLine()) != null) {
				if (line.startsWith("#")) {
					int at = line.indexOf("version:");
					if (at >= 0) {
						version = line.substring(at + "version:".length()).trim();
					}
					continue;
				}
				if (line.isBlank()) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] f = line.split(",", -1);
				if (f.length != fields) {
					throw new IllegalStateException(file + ": a line needs " + fields + " fields: " + line);
				}
				for (int i = 0; i < f.length; i++) {
					f[i] = f[i].isBlank() ? null : f[i].trim();
				}
				rows.add(f);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read reference data " + file, ex);
		}
		if (version == null) {
			throw new IllegalStateException("reference data " + file + " has no '# version:' header");
		}
		return new ReferenceFile(version, List.copyOf(rows), file.getDescription());
	}
}
