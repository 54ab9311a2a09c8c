package io.castellan.identity.signingkey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.castellan.identity.signingkey.command.NewSigningKey;
import io.castellan.identity.signingkey.command.RotateSigningKey;
import io.castellan.identity.signingkey.query.SigningKeyRow;
import io.castellan.identity.signingkey.query.SigningKeyStore;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rotates each algorithm's signing key once it is older than {@code castellan.signing-keys.rotate-every} (off unless set),
 * checking every {@code castellan.signing-keys.check-every} (default 1 minute). Each instance checks; the rotation
 * names the key it replaces, so when several decide at once the key rotates once.
 */
@Component
@EnableScheduling
@ConditionalOnProperty("castellan.signing-keys.rotate-every")
final class ScheduledRotation {

	private final CommandGateway commands;

	private final SigningKeyStore keys;

	private final Clock clock;

	private final Duration rotateEvery;

	ScheduledRotation(CommandGateway commands, SigningKeyStore keys, Clock clock,
			@Value("${castellan.signing-keys.rotate-every}") Duration rotateEvery) {
		this.commands = commands;
		this.keys = keys;
		this.clock = clock;
		this.rotateEvery = rotateEvery;
	}

	@Scheduled(fixedDelayString = "${castellan.signing-keys.check-every:1m}",
			initialDelayString = "${castellan.signing-keys.check-every:1m}")
	void rotateWhenDue() {
		Instant now = this.clock.instant();
		for (String algorithm : NewSigningKey.ALGORITHMS) {
			SigningKeyRow active = this.keys.active(algorithm).orElse(null);
			if (active != null && !now.isBefore(active.activatedAt().plus(this.rotateEvery))) {
				this.commands.sendAndWait(NewSigningKey.rotate(algorithm, RotateSigningKey.When.IF_ACTIVE,
						active.kid(), "schedule", now));
			}
		}
	}

}
