package io.castellan.identity.tenant;

import io.castellan.platform.consuming.CastellanConsumerConfiguration;
import io.castellan.platform.events.InboundEvent;
import io.castellan.platform.events.ProcessedEvents;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantStatusChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Learns tenants from {@code castellan.tenant.events.v1}, so principals can only be registered in real ones. */
@Component
class TenantEventsListener {

	private static final String CONSUMER = "known-tenants";

	private final KnownTenants tenants;

	private final ProcessedEvents processed;

	private final JsonMapper json;

	TenantEventsListener(KnownTenants tenants, ProcessedEvents processed, JsonMapper json) {
		this.tenants = tenants;
		this.processed = processed;
		this.json = json;
	}

	@KafkaListener(topics = EventTypes.TENANT_TOPIC, containerFactory = CastellanConsumerConfiguration.FACTORY)
	@Transactional
	void on(ConsumerRecord<String, byte[]> record) {
		InboundEvent event = InboundEvent.from(record, this.json);
		if (!this.processed.claim(CONSUMER, event.id())) {
			return;
		}
		if (TenantCreated.TYPE.equals(event.type())) {
			TenantCreated created = event.dataAs(TenantCreated.class, this.json);
			this.tenants.save(created.tenantId(), created.alias(), created.status());
		}
		else if (TenantStatusChanged.TYPE.equals(event.type())) {
			TenantStatusChanged changed = event.dataAs(TenantStatusChanged.class, this.json);
			this.tenants.changeStatus(changed.tenantId(), changed.status());
		}
	}

}
