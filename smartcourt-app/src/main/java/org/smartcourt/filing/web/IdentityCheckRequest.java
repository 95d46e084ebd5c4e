package org.smartcourt.filing.web;

/** The cooperating court's identity check: how, whether it passed, and a note. */
record IdentityCheckRequest(String method, boolean passed, String note) {
}
