package io.castellan.identity.signup.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Spend a verification token and mark the email verified. */
public record VerifyEmail(@TargetAggregateIdentifier String verificationId, String tokenHash, Instant verifiedAt) {
}
