package org.smartcourt.notification.web;

import java.util.List;

/** The reader's newest notices first, and how many of all their notices are unread. */
record NoticeListResponse(long unread, List<NoticeResponse> notices) {
}
