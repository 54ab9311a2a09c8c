package io.castellan.platform.axon;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.castellan.platform.consistency.PublishedOffsets;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.web.RequestContextFilter;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.slf4j.MDC;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How every service that owns aggregates processes events: projections run in the command's transaction
 * (subscribing, failures roll the command back), the Kafka relay runs as a tracking processor, commands carry the
 * request id and trace context into their events, and writes answer with consistency tokens.
 */
@AutoConfiguration(after = AxonStoreConfiguration.class)
@ConditionalOnClass(EventStore.class)
public class CastellanAxonConfiguration {

	@Bean
	ConfigurerModule castellanEventProcessing() {
		return (configurer) -> configurer.eventProcessing()
			.usingSubscribingEventProcessors()
			.registerTrackingEventProcessor(KafkaRelay.PROCESSING_GROUP)
			.registerDefaultListenerInvocationErrorHandler((configuration) -> PropagatingErrorHandler.instance());
	}

	@Bean
	EventIdCapture eventIdCapture() {
		return new EventIdCapture();
	}

	/** Commands pick up the request id and trace context of the thread that sends them. */
	@Bean
	SmartInitializingSingleton castellanInterceptorRegistration(CommandBus commandBus, EventStore eventStore,
			EventIdCapture capture) {
		return () -> {
			commandBus.registerDispatchInterceptor(requestContextInterceptor());
			eventStore.registerDispatchInterceptor(capture);
		};
	}

	@Bean
	CorrelationDataProvider requestContextCorrelation() {
		return new SimpleCorrelationDataProvider(RequestContextFilter.REQUEST_ID, RequestContextFilter.TRACEPARENT,
				ACTOR);
	}

	@Bean
	Writes writes(CommandGateway commands, EventIdCapture capture, PublishedOffsets offsets,
			@Value("${castellan.consistency.publish-timeout:10s}") Duration publishTimeout) {
		return new Writes(commands, capture, offsets, publishTimeout);
	}

	@Bean
	KafkaRelay kafkaRelay(List<IntegrationEventTranslator> translators, EventPublisher publisher,
			PublishedOffsets offsets) {
		return new KafkaRelay(translators, publisher, offsets);
	}

	@Bean
	UniqueClaims uniqueClaims(JdbcClient jdbc) {
		return new UniqueClaims(jdbc);
	}

	/** Metadata key of the authenticated caller (token subject) that sent a command. */
	public static final String ACTOR = "actor";

	private static MessageDispatchInterceptor<CommandMessage<?>> requestContextInterceptor() {
		return (messages) -> (index, message) -> {
			Map<String, Object> context = new java.util.HashMap<>();
			putIfPresent(context, RequestContextFilter.REQUEST_ID, MDC.get(RequestContextFilter.REQUEST_ID));
			putIfPresent(context, RequestContextFilter.TRACEPARENT, MDC.get(RequestContextFilter.TRACEPARENT));
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)) {
				context.put(ACTOR, caller.getName());
			}
			return context.isEmpty() ? message : message.andMetaData(context);
		};
	}

	private static void putIfPresent(Map<String, Object> context, String key, String value) {
		if (value != null) {
			context.put(key, value);
		}
	}

}
