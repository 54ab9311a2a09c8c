package io.castellan.platform.consistency;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.castellan.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class ConsumedPositionsTests {

	private static final String TOPIC = "castellan.authz.events.v1";

	private final ConsumedPositions positions = new ConsumedPositions(Set.of(TOPIC));

	private final ConsistencyToken token = ConsistencyToken
		.of(Map.of(new ConsistencyToken.Partition(TOPIC, 0), 5L));

	@Test
	void reflectsWhenPositionPassedTheOffsetThenTrue() {
		this.positions.advance(TOPIC, 0, 5);
		assertThat(this.positions.reflects(this.token)).isFalse();
		this.positions.advance(TOPIC, 0, 6);
		assertThat(this.positions.reflects(this.token)).isTrue();
	}

	@Test
	void reflectsWhenTokenNamesTopicNotConsumedThenIgnoresIt() {
		ConsistencyToken other = ConsistencyToken
			.of(Map.of(new ConsistencyToken.Partition("castellan.notification.events.v1", 0), 99L));
		assertThat(this.positions.reflects(other)).isTrue();
	}

	@Test
	void awaitWhenConsumerCatchesUpThenReturns() {
		CompletableFuture<Void> waiting = CompletableFuture
			.runAsync(() -> this.positions.await(this.token, Duration.ofSeconds(10)));
		this.positions.advance(TOPIC, 0, 6);
		await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
		assertThat(waiting).isCompleted();
	}

	@Test
	void awaitWhenConsumerNeverCatchesUpThenServiceUnavailableWithRetryAfter() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.positions.await(this.token, Duration.ofMillis(50)))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("consistency_timeout");
				assertThat(ex.status().value()).isEqualTo(503);
				assertThat(ex.retryAfter()).isNotNull();
			});
	}

}
