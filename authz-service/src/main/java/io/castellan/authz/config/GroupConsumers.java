package io.castellan.authz.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;

import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Listener factories for work that one replica must do once per event (a consumer group), unlike the index, which
 * every replica reads whole. Not the platform's consumer configuration: that one would advance the consumed
 * positions the index owns, and a check given a consistency token must wait for the index alone. Records one at a
 * time, offset committed after each; failures retried with backoff, unreadable records logged and skipped.
 */
public final class GroupConsumers {

	private GroupConsumers() {
	}

	/**
	 * @param fromTheBeginning where a group without committed offsets starts: the oldest record, or the next new
	 * one
	 */
	public static ConcurrentKafkaListenerContainerFactory<String, byte[]> factory(String bootstrapServers,
			String group, boolean fromTheBeginning) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromTheBeginning ? "earliest" : "latest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
		factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config));
		factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
		DefaultErrorHandler errorHandler = new DefaultErrorHandler(backOff);
		errorHandler.addNotRetryableExceptions(JacksonException.class, DateTimeParseException.class);
		factory.setCommonErrorHandler(errorHandler);
		return factory;
	}

	/**
	 * The same, but records a poll's batch at a time, offsets committed after the listener returned: for work that
	 * gains from handling many records together. A failing batch is retried whole.
	 */
	public static ConcurrentKafkaListenerContainerFactory<String, byte[]> batchFactory(String bootstrapServers,
			String group, boolean fromTheBeginning) {
		var factory = factory(bootstrapServers, group, fromTheBeginning);
		factory.setBatchListener(true);
		factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
		return factory;
	}

}
