package io.castellan.authz.change;

import java.time.Duration;

import io.castellan.authz.config.GroupConsumers;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.schemas.EventSchemas;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The permission-change stream: the authz topic read in a consumer group of its own, so each change is published
 * by one replica. A new group starts with the next record, not with the history: the stream tells of changes from
 * its first deployment on, rather than replaying every grant ever made. On unless
 * {@code castellan.access-changes.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "castellan.access-changes.enabled", havingValue = "true", matchIfMissing = true)
class AccessChangeConfiguration {

	static final String FACTORY = "accessChangeListenerFactory";

	@Bean(FACTORY)
	ConcurrentKafkaListenerContainerFactory<String, byte[]> accessChangeListenerFactory(
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${castellan.access-changes.group:authz-service-access-changes}") String group) {
		return GroupConsumers.batchFactory(bootstrapServers, group, false);
	}

	@Bean
	AccessChangeListener accessChangeListener(PermissionIndex index, ConsumedPositions positions,
			KafkaTemplate<String, byte[]> castellanKafkaTemplate, EventSchemas schemas, JsonMapper json,
			@Value("${castellan.access-changes.index-wait:30s}") Duration indexWait,
			@Value("${spring.application.name:castellan}") String serviceName) {
		return new AccessChangeListener(new AccessChanges(index, json), positions,
				new AccessChangePublisher(castellanKafkaTemplate, json, schemas, "/castellan/" + serviceName), json, indexWait);
	}

}
