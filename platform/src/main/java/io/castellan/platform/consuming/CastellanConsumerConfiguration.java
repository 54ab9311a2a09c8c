package io.castellan.platform.consuming;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.castellan.platform.consistency.ConsumedPositions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Consuming the Castellan topics in a service's consumer group: records one at a time, the offset committed after
 * the listener's transaction, failures retried with backoff (never skipped: a read model must not miss an event),
 * and {@link ConsumedPositions} advanced so reads can honour consistency tokens.
 * Enabled by listing the consumed topics in {@code castellan.consumer.topics}.
 */
@AutoConfiguration
@ConditionalOnProperty("castellan.consumer.topics")
public class CastellanConsumerConfiguration {

	/** Name of the listener container factory to use in {@code @KafkaListener}. */
	public static final String FACTORY = "castellanListenerFactory";

	private static final Logger logger = LoggerFactory.getLogger(CastellanConsumerConfiguration.class);

	@Bean
	ConsumedPositions consumedPositions(@Value("${castellan.consumer.topics}") List<String> topics) {
		return new ConsumedPositions(new HashSet<>(topics));
	}

	@Bean(FACTORY)
	ConcurrentKafkaListenerContainerFactory<String, byte[]> castellanListenerFactory(
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${castellan.consumer.group:${spring.application.name}}") String group,
			ConsumedPositions positions) {
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
		factory.getContainerProperties().setConsumerRebalanceListener(new PositionTracker(positions));
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
		DefaultErrorHandler errorHandler = new DefaultErrorHandler(backOff);
		// A record that cannot be read never will be: log it (the recoverer does) and move on instead of
		// blocking its partition. Everything else (database down, a bug being fixed) is retried.
		errorHandler.addNotRetryableExceptions(JacksonException.class, DateTimeParseException.class);
		factory.setCommonErrorHandler(errorHandler);
		factory.setRecordInterceptor(new RecordInterceptor<>() {

			@Override
			public ConsumerRecord<String, byte[]> intercept(ConsumerRecord<String, byte[]> record,
					Consumer<String, byte[]> consumer) {
				return record;
			}

			@Override
			public void success(ConsumerRecord<String, byte[]> record, Consumer<String, byte[]> consumer) {
				positions.advance(record.topic(), record.partition(), record.offset() + 1);
			}

		});
		return factory;
	}

	/** On assignment, what was applied before (the committed position) counts as consumed. */
	private record PositionTracker(ConsumedPositions positions) implements ConsumerAwareRebalanceListener {

		@Override
		public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
			for (TopicPartition partition : partitions) {
				long position = consumer.position(partition);
				this.positions.advance(partition.topic(), partition.partition(), position);
				logger.debug("Assigned {} at {}", partition, position);
			}
		}

	}

}
