/**
 * Shared kernel: the few types every module speaks in (who acts, at which court, with which role) and the
 * domain exceptions that the web adapters turn into RFC 9457 Problem Details, plus the reader of the versioned
 * reference data files several modules load. Nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.smartcourt.shared;
