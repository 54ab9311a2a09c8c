package io.castellan.notification.notification.web;

import java.util.List;

/**
 * One page of the outbox, in id order.
 * @param next the cursor of the following page (pass it as {@code after}); null on the last page
 */
public record OutboxPage(List<OutboxEntryResponse> items, String next) {
}
