package io.castellan.authz.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The tenant topic read in a consumer group of its own, so each tenant is bootstrapped by one replica (the index,
 * by contrast, is read whole by every replica). Records one at a time, failures retried with backoff, unreadable
 * records logged and skipped. On unless {@code castellan.bootstrap.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "castellan.bootstrap.enabled", havingValue = "true", matchIfMissing = true)
class BootstrapConfiguration {

	static final String FACTORY = "tenantBootstrapListenerFactory";

	@Bean(FACTORY)
	ConcurrentKafkaListenerContainerFactory<String, byte[]> tenantBootstrapListenerFactory(
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${castellan.bootstrap.group:authz-service-bootstrap}") String group) {
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

	@Bean
	TenantBootstrapListener tenantBootstrapListener(TenantBootstrap bootstrap, JsonMapper json) {
		return new TenantBootstrapListener(bootstrap, json);
	}

}
