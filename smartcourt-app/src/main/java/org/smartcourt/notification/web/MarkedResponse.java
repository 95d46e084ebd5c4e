package org.smartcourt.notification.web;

/** How many notices were unread and are now marked read. */
record MarkedResponse(int marked) {
}
