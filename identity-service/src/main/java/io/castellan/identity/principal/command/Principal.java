package io.castellan.identity.principal.command;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.castellan.identity.credential.PasswordCredentials;
import io.castellan.identity.principal.event.PrincipalPasswordChanged;
import io.castellan.identity.principal.event.PrincipalRegistered;
import io.castellan.identity.principal.event.PrincipalStatusChanged;
import io.castellan.identity.principal.event.PrincipalUpdated;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import org.springframework.http.HttpStatus;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A principal, event-sourced. Its name and (case-insensitive) alias are unique within its tenant, claimed in the
 * same transaction as the event that takes them, so two concurrent writes cannot both win.
 */
@Aggregate
class Principal {

	static final String NAME_SCOPE = "principal.name";

	static final String ALIAS_SCOPE = "principal.alias";

	private static final Set<String> STATUSES = Set.of("active", "suspended", "inactive");

	@AggregateIdentifier
	private String principalId;

	private String tenantId;

	private String name;

	private String alias;

	private String status;

	/** Events applied so far: the ETag callers send back in {@code If-Match}. */
	private long version;

	Principal() {
		// for Axon
	}

	@CommandHandler
	Principal(RegisterPrincipal command, UniqueClaims claims, PasswordCredentials passwords) {
		claimName(claims, command.tenantId(), command.name(), command.principalId());
		claimAlias(claims, command.tenantId(), command.alias(), command.principalId());
		apply(new PrincipalRegistered(command.principalId(), command.tenantId(), command.kind(), command.name(),
				command.alias(), command.email(), Map.copyOf(command.attributes()), command.registeredBy(),
				command.registeredAt(), command.profile(), command.profileVersion()));
		if (command.passwordHash() != null) {
			// Not through storePassword: inside the creating handler the aggregate's fields are not yet set.
			passwords.store(command.principalId(), command.passwordHash(), command.registeredAt());
			apply(new PrincipalPasswordChanged(command.principalId(), command.tenantId(), "set",
					command.registeredBy(), command.registeredAt()));
		}
	}

	@CommandHandler
	void handle(UpdatePrincipal command, UniqueClaims claims) {
		if (command.expectedVersion() != null && command.expectedVersion() != this.version) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "version_mismatch", "The principal is at version "
					+ this.version + ", not " + command.expectedVersion() + "; read it again and retry.");
		}
		if (!command.name().equalsIgnoreCase(this.name)) {
			claimName(claims, this.tenantId, command.name(), this.principalId);
			claims.release(NAME_SCOPE, nameKey(this.tenantId, this.name), this.principalId);
		}
		if (!Objects.equals(lower(command.alias()), lower(this.alias))) {
			claimAlias(claims, this.tenantId, command.alias(), this.principalId);
			if (this.alias != null) {
				claims.release(ALIAS_SCOPE, nameKey(this.tenantId, this.alias), this.principalId);
			}
		}
		apply(new PrincipalUpdated(this.principalId, this.tenantId, command.name(), command.alias(), command.email(),
				Map.copyOf(command.attributes()), this.version + 1, command.updatedBy(), command.updatedAt(),
				command.profileVersion()));
	}

	@CommandHandler
	void handle(ChangePrincipalStatus command) {
		if (!STATUSES.contains(command.status())) {
			throw ProblemException.unprocessable("principal_status_invalid",
					"Status must be one of active, suspended, inactive.");
		}
		if (command.status().equals(this.status)) {
			throw ProblemException.conflict("principal_transition_invalid",
					"The principal is already " + this.status + ".");
		}
		apply(new PrincipalStatusChanged(this.principalId, this.tenantId, command.status(), this.status,
				command.changedBy(), command.changedAt()));
	}

	@CommandHandler
	void handle(SetPassword command, PasswordCredentials passwords) {
		storePassword(passwords, command.passwordHash(), command.reason(), command.changedBy(), command.changedAt());
	}

	private void storePassword(PasswordCredentials passwords, String hash, String reason, String by, Instant at) {
		passwords.store(this.principalId, hash, at);
		apply(new PrincipalPasswordChanged(this.principalId, this.tenantId, reason, by, at));
	}

	@EventSourcingHandler
	void on(PrincipalRegistered event) {
		this.principalId = event.principalId();
		this.tenantId = event.tenantId();
		this.name = event.name();
		this.alias = event.alias();
		this.status = "active";
		this.version++;
	}

	@EventSourcingHandler
	void on(PrincipalUpdated event) {
		this.name = event.name();
		this.alias = event.alias();
		this.version++;
	}

	@EventSourcingHandler
	void on(PrincipalStatusChanged event) {
		this.status = event.status();
		this.version++;
	}

	@EventSourcingHandler
	void on(PrincipalPasswordChanged event) {
		this.version++;
	}

	private static void claimName(UniqueClaims claims, String tenantId, String name, String owner) {
		claims.claim(NAME_SCOPE, nameKey(tenantId, name), owner, "principal_name_taken",
				"A principal named '" + name + "' already exists in this tenant.");
	}

	private static void claimAlias(UniqueClaims claims, String tenantId, String alias, String owner) {
		if (alias != null) {
			claims.claim(ALIAS_SCOPE, nameKey(tenantId, alias), owner, "principal_alias_taken",
					"The alias '" + alias + "' is already taken in this tenant.");
		}
	}

	private static String nameKey(String tenantId, String value) {
		return tenantId + "/" + value.toLowerCase(Locale.ROOT);
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

}
