package org.smartcourt.accounts.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of a form sign-in. After the password, an account that needs a 动态口令 gets only a partial
 * authentication: the principal is a {@link Pending} (no {@link org.smartcourt.shared.Actor}, so no use case sees
 * it as signed in) with the single authority {@value #PENDING_AUTHORITY}, which the web filter chain admits to
 * {@code /login/totp} only. A correct code (or, for a forced enrolment, a confirmed new secret) replaces it with
 * the full authentication and a new session id.
 */
@Component
public class SecondFactorLogin implements AuthenticationSuccessHandler {

	public static final String PENDING_AUTHORITY = "TOTP_PENDING";

	/** Who passed the password step and still owes the second factor. */
	public record Pending(UserId user, String username) implements Serializable {
	}

	private final SecondFactor secondFactor;
	private final UserAccountRepository accounts;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorLogin(SecondFactor secondFactor, UserAccountRepository accounts) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		if (authentication.getPrincipal() instanceof SignedInUser user && secondFactor.required(user.actor().id())) {
			Pending pending = new Pending(user.actor().id(), user.getUsername());
			store(UsernamePasswordAuthenticationToken.authenticated(pending, null,
					List.of(new SimpleGrantedAuthority(PENDING_AUTHORITY))), request, response);
			response.sendRedirect(request.getContextPath() + "/login/totp");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/");
	}

	/** The person in the middle of signing in, if the current session is one. */
	public Optional<Pending> pending() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.getPrincipal() instanceof Pending pending ? Optional.of(pending)
				: Optional.empty();
	}

	/** Whether the pending person must enrol first (an IT admin in production mode without a second factor). */
	public boolean needsEnrolment(Pending pending) {
		return !secondFactor.enrolled(pending.user());
	}

	/** Checks the code and completes the sign-in. */
	public void complete(Pending pending, String code, HttpServletRequest request, HttpServletResponse response) {
		secondFactor.verify(pending.user(), code);
		signIn(pending, request, response);
	}

	/** Stores the new secret once a code from it is shown, and completes the sign-in. */
	public void enrolAndComplete(Pending pending, String secret, String code, HttpServletRequest request,
			HttpServletResponse response) {
		secondFactor.enrol(pending.user(), secret, code);
		signIn(pending, request, response);
	}

	private void signIn(Pending pending, HttpServletRequest request, HttpServletResponse response) {
		UserAccount account = accounts.findById(pending.user())
			.filter(UserAccount::enabled)
			.orElseThrow(() -> DomainException.notFound("account-not-found", "problem.account-not-found.detail"));
		SignedInUser user = new SignedInUser(account.toActor(), null, false, true);
		request.changeSessionId();
		store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
