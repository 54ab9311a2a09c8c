package io.castellan.identity.session.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a session for a principal who has just proven who they are. */
public record StartSession(@TargetAggregateIdentifier String sessionId, String principalId, String tenantId,
		String stage, String ipAddress, String userAgent, Instant startedAt) {
}
