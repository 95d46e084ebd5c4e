package org.smartcourt.supervision.web;

import java.util.UUID;

import org.smartcourt.supervision.internal.Scopes;

/**
 * The scope a viewer asks for in the query string: {@code court} (a court id), {@code area=true} for the court and
 * those below it, {@code department}, {@code judge} (a staff id) and {@code type} (a 类型代字). The scope rules decide
 * what of this the viewer may have.
 */
record ScopeParams(String court, Boolean area, UUID department, UUID judge, String type) {

	Scopes.Request request() {
		return new Scopes.Request(blank(court), Boolean.TRUE.equals(area), department, judge, blank(type));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
