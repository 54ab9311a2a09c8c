package io.castellan.schemas;

/**
 * An event Castellan publishes to Kafka. The record's components are the JSON payload, validated against
 * {@code schemas/<type>.json}; the type, tenant and subject travel as CloudEvents attributes in Kafka headers
 * (<a href="https://github.com/cloudevents/spec/blob/main/cloudevents/bindings/kafka-protocol-binding.md">binary mode</a>).
 */
public interface PublishedEvent {

	/** The stable dotted type, for example {@code castellan.identity.principal.registered.v1}. */
	String eventType();

	/** The tenant the event belongs to, or {@value EventTypes#PLATFORM_TENANT} for tenant-less events; the Kafka key. */
	String tenantId();

	/** The id of the thing the event is about (CloudEvents {@code subject}). */
	String subject();

}
