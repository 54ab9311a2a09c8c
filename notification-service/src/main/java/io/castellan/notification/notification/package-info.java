/**
 * The notification aggregate and its durable outbox: queued from other contexts' events ({@code intake}), delivered
 * by SMTP with retries and backoff ({@code delivery}), listed and retried by administrators ({@code web}), published
 * as {@code castellan.notification.notification.*.v1} ({@code integration}).
 */
package io.castellan.notification.notification;
