package org.smartcourt.bench.load;

/**
 * A signed-in user of the load: its bearer token for {@code /api/**} and its session cookie for the pages (the web
 * chain knows only form login). One sign-in per account, shared by all the virtual users acting as it, because the
 * app throttles sign-ins per address.
 */
record Account(String username, String courtId, String token, String cookie) {
}
