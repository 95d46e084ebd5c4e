/**
 * Audit: an append-only record of every command and every read of case material: who (account, role, court),
 * what (action, target), when, from where, and with what result. The database itself refuses to change or delete a
 * record.
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.audit;
