package org.smartcourt.hotline.internal;

/**
 * Who a request is routed to.
 *
 * @param role what they are for this request: {@code JUDGE} (承办法官), {@code DIVISION_HEAD}, {@code PRESIDENT}
 *        or {@code STAFF} (a colleague it was forwarded to).
 */
public record Assignee(String username, String name, String role) {

	public String labelKey() {
		return "hotline.assignee-role." + role;
	}
}
