package io.castellan.provisioning.run.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.castellan.platform.web.RequestContextFilter;
import io.castellan.provisioning.connector.Connector;
import io.castellan.provisioning.connector.ConnectorException;
import io.castellan.provisioning.connector.Connectors;
import io.castellan.provisioning.connector.ProvisioningContext;
import io.castellan.provisioning.run.command.CompleteCompensation;
import io.castellan.provisioning.run.command.CompleteStep;
import io.castellan.provisioning.run.command.FailStep;
import io.castellan.provisioning.run.event.TenantSnapshot;
import io.castellan.provisioning.run.query.DueStep;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

class DueStepExecutorTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final FakeConnector connector = new FakeConnector();

	private final List<Object> sent = new ArrayList<>();

	private final List<String> requestIdsSeen = new ArrayList<>();

	private final DueStepExecutor executor;

	DueStepExecutorTests() {
		CommandGateway commands = mock(CommandGateway.class);
		doAnswer((invocation) -> {
			this.sent.add(invocation.getArgument(0));
			this.requestIdsSeen.add(MDC.get(RequestContextFilter.REQUEST_ID));
			return null;
		}).when(commands).sendAndWait(any());
		// Opens after two calls of which at least half failed, and stays open for the test.
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(2)
			.minimumNumberOfCalls(2)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMinutes(10))
			.build());
		this.executor = new DueStepExecutor(new Connectors(List.of(this.connector), List.of("directory")), breakers,
				commands, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void executeWhenConnectorSucceedsThenStepCompletedWithHandleInTheRunsRequestContext() {
		this.executor.execute(due(DueStep.Phase.PROVISION, 1));

		assertThat(this.sent).containsExactly(new CompleteStep("run-1", "directory", 1, "dir-t-1", NOW));
		assertThat(this.requestIdsSeen).containsExactly("req-1");
		assertThat(MDC.get(RequestContextFilter.REQUEST_ID)).isNull();
		assertThat(this.connector.contexts.getFirst().tenant().alias()).isEqualTo("acme");
	}

	@Test
	void executeWhenConnectorFailsThenStepFailedWithItsMessage() {
		this.connector.failing = true;
		this.executor.execute(due(DueStep.Phase.PROVISION, 3));

		assertThat(this.sent).containsExactly(new FailStep("run-1", "directory", 3, "directory is down", NOW));
	}

	@Test
	void executeWhenCircuitOpenThenConnectorNotCalledAndAttemptFailed() {
		this.connector.failing = true;
		this.executor.execute(due(DueStep.Phase.PROVISION, 1));
		this.executor.execute(due(DueStep.Phase.PROVISION, 2));
		this.executor.execute(due(DueStep.Phase.PROVISION, 3));

		assertThat(this.connector.calls).hasValue(2);
		assertThat(this.sent).last()
			.isInstanceOfSatisfying(FailStep.class, (failed) -> {
				assertThat(failed.attempt()).isEqualTo(3);
				assertThat(failed.error()).contains("circuit breaker", "open");
			});
	}

	@Test
	void executeWhenCompensatingThenConnectorUndoesItsHandle() {
		this.executor.execute(due(DueStep.Phase.COMPENSATE, 1));

		assertThat(this.connector.compensated).containsExactly("dir-t-1");
		assertThat(this.sent).containsExactly(new CompleteCompensation("run-1", "directory", 1, NOW));
	}

	private static DueStep due(DueStep.Phase phase, int attempt) {
		return new DueStep("run-1", "t-1", "directory", phase, attempt,
				(phase == DueStep.Phase.COMPENSATE) ? "dir-t-1" : null, new TenantSnapshot("Acme", "acme", "admin"),
				"req-1", null);
	}

	private static final class FakeConnector implements Connector {

		final AtomicInteger calls = new AtomicInteger();

		final List<ProvisioningContext> contexts = new ArrayList<>();

		final List<String> compensated = new ArrayList<>();

		boolean failing;

		@Override
		public String name() {
			return "directory";
		}

		@Override
		public String provision(ProvisioningContext context) {
			this.calls.incrementAndGet();
			this.contexts.add(context);
			if (this.failing) {
				throw new ConnectorException("directory is down");
			}
			return "dir-" + context.tenant().id();
		}

		@Override
		public void compensate(ProvisioningContext context, String handle) {
			this.compensated.add(handle);
		}

	}

}
