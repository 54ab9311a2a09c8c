package io.castellan.identity.signingkey.command;

import java.time.Instant;

import io.castellan.identity.signingkey.event.SigningKeyRotated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class SigningKeyRingTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final KeyMaterial material = mock(KeyMaterial.class);

	private AggregateTestFixture<SigningKeyRing> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(SigningKeyRing.class);
		this.fixture.registerInjectableResource(this.material);
	}

	@Test
	void rotateWhenNoKeyYetThenFirstKeyWithoutPredecessor() {
		RotateSigningKey first = rotate("k-1", RotateSigningKey.When.IF_NONE, null);
		this.fixture.givenNoPriorActivity()
			.when(first)
			.expectEvents(new SigningKeyRotated(NewSigningKey.RING, "k-1", "RS256", null, "admin", NOW));
		verify(this.material).store(first);
	}

	@Test
	void rotateWhenAlwaysThenPreviousKeyNamed() {
		this.fixture.given(new SigningKeyRotated(NewSigningKey.RING, "k-1", "RS256", null, "admin", NOW))
			.when(rotate("k-2", RotateSigningKey.When.ALWAYS, null))
			.expectEvents(new SigningKeyRotated(NewSigningKey.RING, "k-2", "RS256", "k-1", "admin", NOW));
	}

	@Test
	void rotateWhenIfNoneAndKeyExistsThenNothingStored() {
		this.fixture.given(new SigningKeyRotated(NewSigningKey.RING, "k-1", "RS256", null, "admin", NOW))
			.when(rotate("k-2", RotateSigningKey.When.IF_NONE, null))
			.expectNoEvents();
		verify(this.material, never()).store(any());
	}

	@Test
	void rotateWhenIfActiveAndAnotherInstanceRotatedFirstThenNoSecondRotation() {
		this.fixture.given(new SigningKeyRotated(NewSigningKey.RING, "k-1", "RS256", null, "admin", NOW),
				new SigningKeyRotated(NewSigningKey.RING, "k-2", "RS256", "k-1", "schedule", NOW))
			.when(rotate("k-3", RotateSigningKey.When.IF_ACTIVE, "k-1"))
			.expectNoEvents();
	}

	private static RotateSigningKey rotate(String kid, RotateSigningKey.When when, String expected) {
		return new RotateSigningKey(NewSigningKey.RING, kid, "RS256", new byte[] { 1 }, new byte[] { 2 }, when,
				expected, "admin", NOW);
	}

}
