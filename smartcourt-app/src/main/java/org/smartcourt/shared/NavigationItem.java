package org.smartcourt.shared;

import java.util.Set;

/**
 * One entry in the main navigation. Each module declares its own entries as beans; the shell shows an entry only
 * to the roles listed.
 *
 * @param section the navigation group (message key), e.g. {@code nav.section.admin}.
 * @param labelKey the message key of the entry's Chinese label.
 * @param path the application path, starting with {@code /}.
 * @param order position within the section, ascending.
 */
public record NavigationItem(String section, String labelKey, String path, int order, Set<Role> roles) {

	public NavigationItem {
		roles = Set.copyOf(roles);
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("navigation path must start with /: " + path);
		}
	}

	public boolean visibleTo(Role role) {
		return roles.contains(role);
	}
}
