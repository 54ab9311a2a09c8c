package io.castellan.notification.template;

/** A template filled in: what is sent. */
public record RenderedMessage(String subject, String body) {
}
