/**
 * Platform: what every module runs on but none owns: the embedded PostgreSQL for development, request ids in the
 * logs, RFC 9457 Problem Details for every error, OpenAPI, and the UI shell (layout, navigation, home pages).
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.platform;
