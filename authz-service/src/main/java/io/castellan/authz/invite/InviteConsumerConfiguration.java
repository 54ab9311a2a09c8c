package io.castellan.authz.invite;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A consumer group of its own for the identity topic. Not the platform's consumer configuration: that one would
 * advance the consumed positions the permission index owns, and a check given a consistency token must wait for
 * the index, not for this listener. Records one at a time, offset committed after each; failures retried with
 * backoff, unreadable records skipped.
 */
@Configuration(proxyBeanMethods = false)
class InviteConsumerConfiguration {

	static final String FACTORY = "inviteListenerFactory";

	@Bean(FACTORY)
	ConcurrentKafkaListenerContainerFactory<String, byte[]> inviteListenerFactory(
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${castellan.invite-roles.group:${spring.application.name}-invite-roles}") String group) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config));
		factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
		DefaultErrorHandler errorHandler = new DefaultErrorHandler(backOff);
		errorHandler.addNotRetryableExceptions(JacksonException.class, DateTimeParseException.class);
		factory.setCommonErrorHandler(errorHandler);
		return factory;
	}

}
