/**
 * Filing (立案): how a case enters the court. Litigants and lawyers file online (网上立案), also through a court other
 * than the one with jurisdiction (跨域立案); filing clerks register the case within the statutory period, ask for
 * corrections once and completely (一次性告知补正), or refuse with a reasoned ruling. An accepted filing becomes a case
 * with a case number.
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.filing;
