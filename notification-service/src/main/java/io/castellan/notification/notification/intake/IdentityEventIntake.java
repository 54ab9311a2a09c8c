package io.castellan.notification.notification.intake;

import java.util.List;

import io.castellan.platform.consuming.CastellanConsumerConfiguration;
import io.castellan.platform.events.InboundEvent;
import io.castellan.platform.web.RequestContextFilter;
import io.castellan.schemas.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one consumer of the identity topic in this service. Several listeners in one consumer group would split the
 * topic's partitions between them and each would miss the others' share; so one listener reads every event and
 * hands it to each {@link IdentityEventHandler}, in one transaction with the offset's progress.
 */
@Component
class IdentityEventIntake {

	private final List<IdentityEventHandler> handlers;

	private final JsonMapper json;

	IdentityEventIntake(List<IdentityEventHandler> handlers, JsonMapper json) {
		this.handlers = handlers;
		this.json = json;
	}

	@KafkaListener(topics = EventTypes.IDENTITY_TOPIC, containerFactory = CastellanConsumerConfiguration.FACTORY)
	@Transactional
	void on(ConsumerRecord<String, byte[]> record) {
		InboundEvent event = InboundEvent.from(record, this.json);
		// The notifications' events carry the cause's correlation id on to Kafka.
		putContext(event);
		try {
			this.handlers.forEach((handler) -> handler.handle(event));
		}
		finally {
			MDC.remove(RequestContextFilter.REQUEST_ID);
			MDC.remove(RequestContextFilter.TRACEPARENT);
		}
	}

	private static void putContext(InboundEvent event) {
		if (event.correlationId() != null) {
			MDC.put(RequestContextFilter.REQUEST_ID, event.correlationId());
		}
		if (event.traceparent() != null) {
			MDC.put(RequestContextFilter.TRACEPARENT, event.traceparent());
		}
	}

}
