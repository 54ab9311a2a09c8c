package io.castellan.provisioning.run.integration;

import java.util.Optional;

import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.provisioning.run.event.RunCompleted;
import io.castellan.provisioning.run.event.RunStarted;
import io.castellan.provisioning.run.event.StepFailed;
import io.castellan.provisioning.run.event.StepSucceeded;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.provisioning.ProvisioningRunCompleted;
import io.castellan.schemas.provisioning.ProvisioningRunStarted;
import io.castellan.schemas.provisioning.ProvisioningStepFailed;
import io.castellan.schemas.provisioning.ProvisioningStepSucceeded;

import org.springframework.stereotype.Component;

/**
 * Internal run events to the published contracts. A run's failure is published as its last
 * {@code step.failed} without a next attempt; compensation stays internal until the schemas have events for it.
 */
@Component
class ProvisioningEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case RunStarted started -> new ProvisioningRunStarted(started.runId(), started.tenantId(), started.reason(),
					started.steps());
			case StepSucceeded succeeded -> new ProvisioningStepSucceeded(succeeded.runId(), succeeded.tenantId(),
					succeeded.step(), succeeded.attempt(), succeeded.handle());
			case StepFailed failed -> new ProvisioningStepFailed(failed.runId(), failed.tenantId(), failed.step(),
					failed.attempt(), failed.error(), failed.nextAttemptAt());
			case RunCompleted completed -> new ProvisioningRunCompleted(completed.runId(), completed.tenantId(),
					completed.handles());
			default -> null;
		});
	}

}
