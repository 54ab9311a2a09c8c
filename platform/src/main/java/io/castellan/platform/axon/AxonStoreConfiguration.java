package io.castellan.platform.axon;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's event store on the service's PostgreSQL database, declared explicitly: Axon 4's auto-configuration orders
 * itself after Boot 3 class names and on Boot 4 silently ran without transactions and without this store.
 * Tables: {@code db/platform/axon}, created by Flyway.
 */
@AutoConfiguration(before = { AxonAutoConfiguration.class, JdbcAutoConfiguration.class,
		org.axonframework.springboot.autoconfig.TransactionAutoConfiguration.class })
@ConditionalOnClass(EventStore.class)
public class AxonStoreConfiguration {

	@Bean
	TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
		return new SpringTransactionManager(transactionManager);
	}

	@Bean
	ConnectionProvider axonConnectionProvider(DataSource dataSource) {
		return new SpringDataSourceConnectionProvider(dataSource);
	}

	/** One JSON serializer for events, snapshots, tokens and messages: readable in the database, no XStream. */
	@Bean
	@Primary
	Serializer axonSerializer() {
		ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		return JacksonSerializer.builder().objectMapper(mapper).build();
	}

	@Bean
	EventStorageEngine eventStorageEngine(ConnectionProvider connections, TransactionManager transactions,
			Serializer serializer) {
		EventSchema schema = EventSchema.builder()
			.eventTable("domain_event_entry")
			.snapshotTable("snapshot_event_entry")
			.globalIndexColumn("global_index")
			.eventIdentifierColumn("event_identifier")
			.metaDataColumn("meta_data")
			.payloadColumn("payload")
			.payloadRevisionColumn("payload_revision")
			.payloadTypeColumn("payload_type")
			.timestampColumn("time_stamp")
			.aggregateIdentifierColumn("aggregate_identifier")
			.sequenceNumberColumn("sequence_number")
			.typeColumn("type")
			.build();
		return JdbcEventStorageEngine.builder()
			.connectionProvider(connections)
			.transactionManager(transactions)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer)
			.schema(schema)
			.dataType(byte[].class)
			.build();
	}

	@Bean
	EventStore eventStore(EventStorageEngine engine) {
		return EmbeddedEventStore.builder().storageEngine(engine).build();
	}

	@Bean
	TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
		TokenSchema schema = TokenSchema.builder()
			.setTokenTable("token_entry")
			.setProcessorNameColumn("processor_name")
			.setSegmentColumn("segment")
			.setTokenColumn("token")
			.setTokenTypeColumn("token_type")
			.setTimestampColumn("timestamp")
			.setOwnerColumn("owner")
			.build();
		return JdbcTokenStore.builder()
			.connectionProvider(connections)
			.serializer(serializer)
			.schema(schema)
			.contentType(byte[].class)
			.build();
	}

}
