/**
 * Notification (通知服务): one way for every module to reach a person. {@link org.smartcourt.notification.Notifications}
 * queues a templated message into an outbox in the caller's transaction; a cluster-safe sender delivers it on each
 * channel (站内消息, 短信, 电子邮件, 钉钉群机器人, 钉钉工作通知) with retries, backoff and a dead letter. People choose
 * channels per category within what the law allows (送达 cannot be switched off) and set quiet hours.
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.notification;
