package io.castellan.authz.bootstrap;

import io.castellan.platform.events.InboundEvent;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.tenant.TenantCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;

/** Hands every {@code tenant.created} of the tenant topic to the bootstrap; redeliveries included, it is idempotent. */
final class TenantBootstrapListener {

	private final TenantBootstrap bootstrap;

	private final JsonMapper json;

	TenantBootstrapListener(TenantBootstrap bootstrap, JsonMapper json) {
		this.bootstrap = bootstrap;
		this.json = json;
	}

	@KafkaListener(id = "authz-tenant-bootstrap", idIsGroup = false, topics = EventTypes.TENANT_TOPIC,
			containerFactory = BootstrapConfiguration.FACTORY)
	void on(ConsumerRecord<String, byte[]> record) {
		InboundEvent event = InboundEvent.from(record, this.json);
		if (TenantCreated.TYPE.equals(event.type())) {
			TenantCreated created = event.dataAs(TenantCreated.class, this.json);
			this.bootstrap.bootstrap(created.tenantId(), created.createdBy());
		}
	}

}
