package io.castellan.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.castellan.platform.consistency.PublishedOffsets;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.web.RequestContextFilter;
import io.castellan.schemas.PublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The event store is the outbox: this tracking processor reads every stored event, translates it and publishes it
 * to Kafka. Its position only advances once the broker acknowledged, so publishing is at least once and survives
 * restarts and broker outages (the processor backs off and retries).
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public final class KafkaRelay {

	public static final String PROCESSING_GROUP = "kafka-publisher";

	private final List<IntegrationEventTranslator> translators;

	private final EventPublisher publisher;

	private final PublishedOffsets offsets;

	public KafkaRelay(List<IntegrationEventTranslator> translators, EventPublisher publisher,
			PublishedOffsets offsets) {
		this.translators = translators;
		this.publisher = publisher;
		this.offsets = offsets;
	}

	@EventHandler
	void on(Object event, EventMessage<?> message) {
		boolean published = false;
		for (IntegrationEventTranslator translator : this.translators) {
			Optional<PublishedEvent> contract = translator.translate(event);
			if (contract.isPresent()) {
				this.publisher.publish(message.getIdentifier(), message.getTimestamp(), contract.get(),
						context(message.getMetaData()));
				published = true;
			}
		}
		if (!published) {
			// Internal-only events put nothing on Kafka; a write waiting for them must not wait in vain.
			this.offsets.recordUnpublished(message.getIdentifier());
		}
	}

	private static Map<String, String> context(MetaData metaData) {
		Map<String, String> headers = new HashMap<>();
		put(headers, CloudEventHeaders.CAUSATION_ID, metaData.get("correlationId"));
		Object requestId = metaData.get(RequestContextFilter.REQUEST_ID);
		put(headers, CloudEventHeaders.CORRELATION_ID, (requestId != null) ? requestId : metaData.get("traceId"));
		put(headers, CloudEventHeaders.TRACEPARENT, metaData.get(RequestContextFilter.TRACEPARENT));
		put(headers, CloudEventHeaders.ACTOR, metaData.get(CastellanAxonConfiguration.ACTOR));
		return headers;
	}

	private static void put(Map<String, String> headers, String name, Object value) {
		if (value != null) {
			headers.put(name, value.toString());
		}
	}

}
