/**
 * Organization: the court hierarchy of Jilin (吉林省高级人民法院, intermediate and basic courts, 人民法庭), with their
 * 法院代字 from versioned reference data, and each court's departments, courtrooms and staff. Staff read their own
 * court and the courts below it; only IT admins change it, within the same scope.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.smartcourt.organization;
