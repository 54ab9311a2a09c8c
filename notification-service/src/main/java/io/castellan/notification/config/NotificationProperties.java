package io.castellan.notification.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code castellan.notification.*}: how the outbox is worked off.
 * @param dispatchInterval pause between two polls of the outbox for due notifications
 * @param dispatchBatchSize at most this many notifications are sent per poll
 * @param retryDelays wait after each failed attempt before the next; one more attempt than delays, then dead
 * @param from the sender address of every mail
 */
@ConfigurationProperties("castellan.notification")
public record NotificationProperties(@DefaultValue("1s") Duration dispatchInterval,
		@DefaultValue("20") int dispatchBatchSize,
		@DefaultValue({ "1m", "5m", "30m", "2h", "12h" }) List<Duration> retryDelays,
		@DefaultValue("Castellan <no-reply@castellan.local>") String from) {
}
