package io.castellan.provisioning.run.execution;

import java.time.Clock;
import java.time.Duration;

import io.castellan.provisioning.config.ProvisioningProperties;
import io.castellan.provisioning.run.query.DueSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls for due steps and executes them, each in a transaction of its own that locks the step, calls the
 * connector and stores the outcome's events. If the worker dies between the call and the commit, the step stays
 * due and the same attempt is made again, which connectors must treat idempotently.
 */
@Component
class StepRunner implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(StepRunner.class);

	private final DueSteps dueSteps;

	private final DueStepExecutor executor;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	private final Duration interval;

	StepRunner(DueSteps dueSteps, DueStepExecutor executor, PlatformTransactionManager transactionManager, Clock clock,
			ProvisioningProperties properties) {
		this.dueSteps = dueSteps;
		this.executor = executor;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.batchSize = properties.runner().batchSize();
		this.interval = properties.runner().interval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::runDueSteps, this.interval);
	}

	void runDueSteps() {
		int executed = 0;
		while (executed < this.batchSize && runNext()) {
			executed++;
		}
	}

	/** @return whether a step was executed and recorded */
	boolean runNext() {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> this.dueSteps
				.lockNext(this.clock.instant())
				.map((due) -> {
					this.executor.execute(due);
					return true;
				})
				.orElse(false)));
		}
		catch (RuntimeException ex) {
			// The outcome could not be stored (database down, attempt overtaken): the transaction rolled back, the
			// step stays due and the next poll tries again.
			logger.error("Could not record the outcome of a provisioning step; it stays due", ex);
			return false;
		}
	}

}
