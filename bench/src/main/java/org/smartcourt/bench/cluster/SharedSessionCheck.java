package org.smartcourt.bench.cluster;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (a) A session made on one node is good on the other: the HTML login form on node 1 (Spring Session keeps the
 * session, and the CSRF token in it, in PostgreSQL), then a protected page on node 2 with the same cookie; and a
 * bearer token issued by node 1 ({@code api_token} rows) accepted by node 2.
 */
final class SharedSessionCheck {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|"
			+ "<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private SharedSessionCheck() {
	}

	static void run(String node1, String node2, ClusterReport report) throws IOException {
		ClusterHttp browser = new ClusterHttp();
		ClusterHttp.Answer form = browser.get(node1, "/login", null, "text/html");
		Matcher csrf = CSRF.matcher(form.body());
		report.require(form.status() == 200 && csrf.find(), "node 1 serves the login form with a CSRF token");
		String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
		ClusterHttp.Answer login = browser.postForm(node1, "/login",
				Map.of("username", "litigant", "password", ClusterHttp.PASSWORD, "_csrf", token));
		report.require(login.status() == 302 && login.location() != null && !login.location().contains("error"),
				"the login form on node 1 signs litigant in (302, not to /login?error): " + login.status() + " "
						+ login.location());
		ClusterHttp.Answer page = browser.get(node2, "/", null, "text/html");
		report.figure("session: node 2 GET / ", page.status() + (page.body().contains("李明") ? " (shows 李明)" : ""));
		report.require(page.status() == 200 && page.body().contains("李明"),
				"node 2 serves the protected home page to the session made on node 1");
		ClusterHttp anonymous = new ClusterHttp();
		ClusterHttp.Answer stranger = anonymous.get(node2, "/filings", null, "text/html");
		report.require(stranger.status() == 302 && String.valueOf(stranger.location()).contains("/login"),
				"without the cookie node 2 sends the visitor to /login (" + stranger.status() + ")");

		String bearer = anonymous.token(node1, "litigant");
		ClusterHttp.Answer mine = anonymous.get(node2, "/api/v1/filings", bearer, "application/json");
		report.figure("token: node 2 GET /api/v1/filings", mine.status());
		report.require(mine.status() == 200, "node 2 accepts the bearer token issued by node 1");
	}
}
