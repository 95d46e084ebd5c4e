package org.smartcourt.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 429 to a client address that posts too many login attempts (form or API). */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final AttemptRateLimiter limiter;

	LoginThrottleFilter(AttemptRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && isLogin(request.getRequestURI())
				&& !limiter.tryAcquire(request.getRemoteAddr())) {
			response.setHeader("Retry-After", "60");
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isLogin(String uri) {
		return uri.equals("/login") || uri.equals("/api/v1/auth/token");
	}
}
