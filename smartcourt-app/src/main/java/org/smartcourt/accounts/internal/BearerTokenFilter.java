package org.smartcourt.accounts.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. An unknown, expired, locked or disabled
 * account's token is ignored, so the call proceeds unauthenticated and gets 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;
	private final UserAccountRepository accounts;
	private final Clock clock;

	BearerTokenFilter(ApiTokens tokens, UserAccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			String token = header.substring(PREFIX.length()).trim();
			tokens.resolve(token)
				.flatMap(accounts::findById)
				.filter(account -> account.enabled() && !account.isLockedAt(clock.instant()))
				.ifPresent(account -> {
					SignedInUser user = new SignedInUser(account.toActor(), null, false, true);
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
					SecurityContextHolder.setContext(context);
				});
		}
		chain.doFilter(request, response);
	}
}
