package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: {@code /api/**} is stateless with bearer tokens and answers 401/403 as Problem Details; the
 * pages use form login with CSRF protection and sessions kept in PostgreSQL (Spring Session JDBC). Both share one
 * password check, lockout and login throttle. Use cases check role and court scope again in the application layer.
 * <p>
 * Second factor (双因素认证): after a correct password, {@link SecondFactorLogin} gives an account that needs a
 * 动态口令 only the authority {@value SecondFactorLogin#PENDING_AUTHORITY}. The web chain admits such a session to
 * {@code /login/totp} and the public pages alone (any other page redirects there), and every other page requires an
 * authentication without that authority. The API asks for the code in the token request instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'; object-src 'none'";

	private static final String[] PUBLIC_PAGES = { "/login", "/register", "/register/**", "/css/**", "/js/**",
			"/img/**", "/webjars/**", "/favicon.ico", "/problems/**", "/actuator/health", "/actuator/health/**",
			"/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html", "/dev/sms-outbox", "/public/hearings", "/ledger/**", "/public/ledger/**", "/hotline/kb" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(11);
	}

	@Bean
	AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
		return configuration.getAuthenticationManager();
	}

	@Bean
	AttemptRateLimiter loginRateLimiter(Clock clock,
			@Value("${smartcourt.security.login-attempts-per-minute:30}") int perMinute) {
		return new AttemptRateLimiter(perMinute, Duration.ofMinutes(1), clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, UserAccountRepository accounts, Clock clock,
			AttemptRateLimiter loginRateLimiter) throws Exception {
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/registrations/**")
				.permitAll()
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				// the evidence ledger's proofs and entries: hashes and opaque references only (ledger module)
				.requestMatchers(HttpMethod.GET, "/api/v1/ledger/proofs/**", "/api/v1/ledger/entries",
						"/api/v1/ledger/entries/**", "/api/v1/ledger/checkpoints", "/api/v1/ledger/checkpoints/**",
						"/api/v1/ledger/receipts/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new LoginThrottleFilter(loginRateLimiter), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, accounts, clock), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				response.sendError(401);
			}).accessDeniedHandler((request, response, e) -> response.sendError(403)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, AttemptRateLimiter loginRateLimiter,
			SecondFactorLogin secondFactorLogin) throws Exception {
		AuthorizationManager<RequestAuthorizationContext> fullySignedIn = AuthorizationManagers.allOf(
				AuthenticatedAuthorizationManager.authenticated(),
				AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(SecondFactorLogin.PENDING_AUTHORITY)));
		AccessDeniedHandler denied = new AccessDeniedHandlerImpl();
		return http
			.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login/totp")
				.hasAuthority(SecondFactorLogin.PENDING_AUTHORITY)
				.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("IT_ADMIN")
				.anyRequest()
				.access(fullySignedIn))
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
				if (secondFactorLogin.pending().isPresent()) {
					response.sendRedirect(request.getContextPath() + "/login/totp");
				}
				else {
					denied.handle(request, response, e);
				}
			}))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(secondFactorLogin)
				.failureHandler(loginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.addFilterBefore(new LoginThrottleFilter(loginRateLimiter), UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
			.build();
	}

	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, exception) -> {
			String reason = exception instanceof LockedException ? "locked"
					: exception instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}
}
