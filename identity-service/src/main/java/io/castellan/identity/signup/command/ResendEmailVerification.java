package io.castellan.identity.signup.command;

import java.time.Duration;
import java.time.Instant;

import io.castellan.identity.token.IssuedToken;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Mail a fresh verification link, replacing the earlier ones, unless the email is verified already or
 * {@code limit} links went out within {@code window}: both are answered with silence, never an error.
 */
public record ResendEmailVerification(@TargetAggregateIdentifier String verificationId, IssuedToken token,
		int limit, Duration window, Instant requestedAt) {
}
