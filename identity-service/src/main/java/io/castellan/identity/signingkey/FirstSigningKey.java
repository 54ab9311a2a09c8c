package io.castellan.identity.signingkey;

import java.time.Clock;

import io.castellan.identity.signingkey.command.NewSigningKey;
import io.castellan.identity.signingkey.command.RotateSigningKey;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure each algorithm has a signing key before the service reports ready (runners finish before
 * readiness): the first start of a platform, or the first after an algorithm was added, creates it through its key
 * ring like any rotation; later starts change nothing.
 */
@Component
@Order(0)
final class FirstSigningKey implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstSigningKey.class);

	private final CommandGateway commands;

	private final Clock clock;

	FirstSigningKey(CommandGateway commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			ensure();
		}
		catch (RuntimeException ex) {
			// Two instances creating the ring at once: one wins the event sequence, the other finds its key.
			logger.info("Signing key ring created concurrently ({}); checking again", ex.toString());
			ensure();
		}
	}

	private void ensure() {
		for (String algorithm : NewSigningKey.ALGORITHMS) {
			this.commands.sendAndWait(NewSigningKey.rotate(algorithm, RotateSigningKey.When.IF_NONE, null,
					"bootstrap", this.clock.instant()));
		}
	}

}
