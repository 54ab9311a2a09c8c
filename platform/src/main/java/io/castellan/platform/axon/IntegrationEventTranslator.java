package io.castellan.platform.axon;

import java.util.Optional;

import io.castellan.schemas.PublishedEvent;

/**
 * Turns a service's internal event-sourcing events into the published contracts of {@code schemas}. Internal
 * events never leave the service; only what a translator returns is published.
 */
@FunctionalInterface
public interface IntegrationEventTranslator {

	Optional<PublishedEvent> translate(Object internalEvent);

}
