/**
 * Catalogue: the national reference catalogues a case is classified by: case types with their 4-digit category codes
 * and 类型代字 (人民法院案件类型及其代字标准), the 专门审判代字, and the causes of action (民事案件案由规定). Versioned
 * reference data, never hard-coded in logic.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.smartcourt.catalogue;
