package io.castellan.platform.axon;

import java.time.Duration;
import java.util.List;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.PublishedOffsets;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command and answers once its events are on Kafka, with a {@link ConsistencyToken} naming them.
 * Controllers use this for every write.
 */
public final class Writes {

	private static final Logger logger = LoggerFactory.getLogger(Writes.class);

	private final CommandGateway commands;

	private final EventIdCapture capture;

	private final PublishedOffsets offsets;

	private final Duration publishTimeout;

	public Writes(CommandGateway commands, EventIdCapture capture, PublishedOffsets offsets, Duration publishTimeout) {
		this.commands = commands;
		this.capture = capture;
		this.offsets = offsets;
		this.publishTimeout = publishTimeout;
	}

	public <R> Written<R> send(Object command) {
		R result;
		List<String> eventIds;
		try (EventIdCapture.Scope scope = this.capture.open()) {
			result = this.commands.sendAndWait(command);
			eventIds = scope.eventIds();
		}
		ConsistencyToken token = this.offsets.await(eventIds, this.publishTimeout).orElse(null);
		if (token == null) {
			logger.warn("Events {} of {} were stored but not yet acknowledged by Kafka after {}; answering without a token",
					eventIds, command.getClass().getSimpleName(), this.publishTimeout);
		}
		return new Written<>(result, token);
	}

}
