package org.smartcourt.accounts.internal;

import java.util.Collection;
import java.util.List;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: an {@link Actor} plus what Spring Security needs to check the password and lock. */
public final class SignedInUser implements UserDetails, CredentialsContainer, CurrentActor.ActorHolder {

	private static final long serialVersionUID = 1L;

	private final Actor actor;
	private String passwordHash;
	private final boolean locked;
	private final boolean enabled;

	SignedInUser(Actor actor, String passwordHash, boolean locked, boolean enabled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.enabled = enabled;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(actor.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.actor.id().equals(actor.id());
	}

	@Override
	public int hashCode() {
		return actor.id().hashCode();
	}

	@Override
	public String toString() {
		return "SignedInUser[" + actor.username() + "]";
	}
}
