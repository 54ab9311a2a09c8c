package io.castellan.platform.events;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.castellan.platform.consistency.PublishedOffsets;
import io.castellan.schemas.EventSchemas;
import io.castellan.schemas.EventTypes;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishing to and consuming from the Castellan topics. */
@AutoConfiguration
public class CastellanEventsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PublishedOffsets publishedOffsets(Clock clock) {
		return new PublishedOffsets(clock);
	}

	@Bean
	EventSchemas eventSchemas() {
		return new EventSchemas();
	}

	/** Idempotent producer, every replica acknowledges, JSON bytes as values: the settings are not negotiable. */
	@Bean
	KafkaTemplate<String, byte[]> castellanKafkaTemplate(
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${spring.application.name:castellan}") String clientId) {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-publisher");
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, byte[]> castellanKafkaTemplate, JsonMapper json,
			EventSchemas schemas, PublishedOffsets offsets,
			@Value("${spring.application.name:castellan}") String serviceName) {
		return new EventPublisher(castellanKafkaTemplate, json, schemas, offsets, "/castellan/" + serviceName);
	}

	/** Every service declares every Castellan topic, so whichever starts first creates them all. */
	@Bean
	KafkaAdmin.NewTopics castellanTopics(@Value("${castellan.kafka.partitions:3}") int partitions,
			@Value("${castellan.kafka.replication-factor:1}") short replicationFactor) {
		return new KafkaAdmin.NewTopics(java.util.stream.Stream
			.of(EventTypes.TENANT_TOPIC, EventTypes.IDENTITY_TOPIC, EventTypes.AUTHZ_TOPIC,
					EventTypes.NOTIFICATION_TOPIC, EventTypes.PROVISIONING_TOPIC)
			.map((topic) -> TopicBuilder.name(topic).partitions(partitions).replicas(replicationFactor).build())
			.toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
	}

	@Bean
	ProcessedEvents processedEvents(JdbcClient jdbc) {
		return new ProcessedEvents(jdbc);
	}

}
