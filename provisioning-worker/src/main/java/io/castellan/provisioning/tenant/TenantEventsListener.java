package io.castellan.provisioning.tenant;

import java.time.Clock;

import io.castellan.platform.consuming.CastellanConsumerConfiguration;
import io.castellan.platform.events.InboundEvent;
import io.castellan.platform.events.ProcessedEvents;
import io.castellan.platform.web.RequestContextFilter;
import io.castellan.provisioning.connector.Connectors;
import io.castellan.provisioning.run.command.StartProvisioningRun;
import io.castellan.provisioning.run.event.TenantSnapshot;
import io.castellan.provisioning.run.query.ProvisioningRunRepository;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.tenant.TenantCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a provisioning run for every tenant created on {@code castellan.tenant.events.v1}. A redelivered event is
 * skipped by its id; the same creation arriving under another id (a replay) names the same run, which exists.
 */
@Component
class TenantEventsListener {

	private static final String CONSUMER = "provisioning-runs";

	private static final Logger logger = LoggerFactory.getLogger(TenantEventsListener.class);

	private final CommandGateway commands;

	private final ProvisioningRunRepository runs;

	private final ProcessedEvents processed;

	private final Connectors connectors;

	private final JsonMapper json;

	private final Clock clock;

	TenantEventsListener(CommandGateway commands, ProvisioningRunRepository runs, ProcessedEvents processed,
			Connectors connectors, JsonMapper json, Clock clock) {
		this.commands = commands;
		this.runs = runs;
		this.processed = processed;
		this.connectors = connectors;
		this.json = json;
		this.clock = clock;
	}

	/** The run is stored in the listener's transaction, so the offset is committed only after it exists. */
	@KafkaListener(topics = EventTypes.TENANT_TOPIC, containerFactory = CastellanConsumerConfiguration.FACTORY)
	@Transactional
	void on(ConsumerRecord<String, byte[]> record) {
		InboundEvent event = InboundEvent.from(record, this.json);
		if (!TenantCreated.TYPE.equals(event.type()) || !this.processed.claim(CONSUMER, event.id())) {
			return;
		}
		TenantCreated created = event.dataAs(TenantCreated.class, this.json);
		String runId = StartProvisioningRun.runIdForTenantCreated(created.tenantId());
		if (this.runs.exists(runId)) {
			logger.info("Tenant {} was created again as event {}; its provisioning run {} exists already",
					created.tenantId(), event.id(), runId);
			return;
		}
		// The run's events carry on the request id and trace of the tenant's creation (Axon's dispatch interceptor
		// reads them from the MDC).
		putIfPresent(RequestContextFilter.REQUEST_ID, (event.correlationId() != null) ? event.correlationId() : event.id());
		putIfPresent(RequestContextFilter.TRACEPARENT, event.traceparent());
		try {
			this.commands.sendAndWait(new StartProvisioningRun(runId, created.tenantId(),
					StartProvisioningRun.TENANT_CREATED, this.connectors.steps(),
					new TenantSnapshot(created.name(), created.alias(), created.createdBy()), this.clock.instant()));
		}
		finally {
			MDC.remove(RequestContextFilter.REQUEST_ID);
			MDC.remove(RequestContextFilter.TRACEPARENT);
		}
		logger.info("Provisioning run {} started for tenant {} with steps {}", runId, created.tenantId(),
				this.connectors.steps());
	}

	private static void putIfPresent(String key, String value) {
		if (value != null) {
			MDC.put(key, value);
		}
	}

}
