package io.castellan.identity.reset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.castellan.identity.principal.query.PrincipalSummary;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.identity.reset.command.PasswordResetRules;
import io.castellan.identity.reset.command.RequestPasswordReset;
import io.castellan.identity.tenant.KnownTenants;
import io.castellan.identity.token.MailLocale;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.identity.token.QuietRequests;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.schemas.identity.PasswordResetRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Handles reset requests in the background, so that the answer ({@code 202}) and its timing are the same whether
 * or not an active human has this address. At most {@code castellan.password-reset.limit} links per principal go
 * out within {@code castellan.password-reset.window}; more are dropped without a word.
 */
@Component
public class ResetRequests {

	private final QuietRequests quiet;

	private final PrincipalSummaryRepository principals;

	private final KnownTenants tenants;

	private final OneTimeTokens tokens;

	private final TokenIssuer issuer;

	private final CommandGateway commands;

	private final Clock clock;

	private final int limit;

	private final Duration window;

	ResetRequests(QuietRequests quiet, PrincipalSummaryRepository principals, KnownTenants tenants,
			OneTimeTokens tokens, TokenIssuer issuer, CommandGateway commands, Clock clock,
			@Value("${castellan.password-reset.limit:3}") int limit,
			@Value("${castellan.password-reset.window:1h}") Duration window) {
		this.quiet = quiet;
		this.principals = principals;
		this.tenants = tenants;
		this.tokens = tokens;
		this.issuer = issuer;
		this.commands = commands;
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	/** @param tenant optional tenant id or alias, as at login; global humans answer within any tenant too */
	public void request(String email, String tenant, String acceptLanguage) {
		this.quiet.run("password reset", () -> {
			String tenantId = (tenant != null && !tenant.isBlank()) ? this.tenants.resolve(tenant.strip()).orElse(null)
					: null;
			if (tenantId == null && tenant != null && !tenant.isBlank()) {
				return;
			}
			this.principals.findByIdentifier(email, tenantId)
				.stream()
				.filter((principal) -> email.equalsIgnoreCase(principal.email()) && principal.kind().equals("human")
						&& principal.status().equals("active"))
				.limit(5)
				.forEach((principal) -> reset(principal, acceptLanguage));
		});
	}

	private void reset(PrincipalSummary principal, String acceptLanguage) {
		Instant now = this.clock.instant();
		if (this.tokens.issuedSince(PasswordResetRules.TOKEN_PURPOSE, principal.principalId(),
				now.minus(this.window)) >= this.limit) {
			return;
		}
		String resetId = UUID.randomUUID().toString();
		Object preferred = principal.attributes().get("locale");
		this.commands.sendAndWait(new RequestPasswordReset(resetId, principal.principalId(), principal.tenantId(),
				principal.email(), principal.name(),
				MailLocale.of((preferred instanceof String text) ? text : null, acceptLanguage),
				this.issuer.issue(PasswordResetRequested.sealingContext(resetId),
						now.plus(PasswordResetRules.TOKEN_LIFETIME)),
				now));
	}

}
