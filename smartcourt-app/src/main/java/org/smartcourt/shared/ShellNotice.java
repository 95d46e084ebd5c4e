package org.smartcourt.shared;

import java.util.List;
import java.util.Set;

/**
 * A notice the page shell shows at the top of every page to the roles listed, e.g. that next year's holiday calendar
 * is not loaded. Modules contribute notices through {@link ShellNotices} beans.
 *
 * @param messageKey the message key of the Chinese text, in the contributing module's bundle.
 * @param args the message arguments, already formatted as shown (no number grouping: pass {@code "2027"}).
 * @param roles who sees it.
 */
public record ShellNotice(String messageKey, List<Object> args, Set<Role> roles) {

	public ShellNotice {
		args = List.copyOf(args);
		roles = Set.copyOf(roles);
	}

	public boolean visibleTo(Role role) {
		return roles.contains(role);
	}
}
