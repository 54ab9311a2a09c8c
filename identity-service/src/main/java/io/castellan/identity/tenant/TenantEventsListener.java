package io.castellan.identity.tenant;

import io.castellan.platform.consuming.CastellanConsumerConfiguration;
import io.castellan.platform.events.InboundEvent;
import io.castellan.platform.events.ProcessedEvents;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantMemberAdded;
import io.castellan.schemas.tenant.TenantMemberRemoved;
import io.castellan.schemas.tenant.TenantStatusChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learns tenants and their members from {@code castellan.tenant.events.v1}, so principals are registered only in
 * real tenants and global principals log in only to tenants they belong to.
 */
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
		else if (TenantMemberAdded.TYPE.equals(event.type())) {
			TenantMemberAdded added = event.dataAs(TenantMemberAdded.class, this.json);
			this.tenants.addMember(added.tenantId(), added.principalId());
		}
		else if (TenantMemberRemoved.TYPE.equals(event.type())) {
			TenantMemberRemoved removed = event.dataAs(TenantMemberRemoved.class, this.json);
			this.tenants.removeMember(removed.tenantId(), removed.principalId());
		}
	}

}
