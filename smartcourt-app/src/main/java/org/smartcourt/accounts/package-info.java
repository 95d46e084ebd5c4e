/**
 * Accounts and security: who may sign in (staff, litigants, lawyers), with which role and court, how (password,
 * lockout, sessions shared in PostgreSQL, API bearer tokens) and what each may see (data scope).
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.accounts;
