/**
 * Notification: one way for every module to reach a person. Now the in-app inbox (站内消息); SMS, e-mail and
 * DingTalk channels come with the service issue.
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.notification;
