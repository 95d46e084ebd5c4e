package org.smartcourt.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the {@link Actor} of the current request from the security context. Accounts put an {@link Actor} (or a
 * principal that {@linkplain ActorHolder holds one}) there at login.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Actor actor) {
			return Optional.of(actor);
		}
		if (principal instanceof ActorHolder holder) {
			return Optional.of(holder.actor());
		}
		return Optional.empty();
	}

	/**
	 * @return the current actor, never {@literal null}.
	 * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in.
	 */
	public static Actor require() {
		return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("未登录"));
	}

	/** A security principal that carries an {@link Actor}. */
	public interface ActorHolder {
		Actor actor();
	}
}
