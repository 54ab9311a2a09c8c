package io.castellan.authz.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.castellan.authz.action.Actions;
import io.castellan.authz.assignment.command.AssignRole;
import io.castellan.authz.index.Guardrails;
import io.castellan.authz.role.command.CreateRole;
import io.castellan.authz.role.event.Block;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Gives a new tenant its {@code tenant-admin} role (every action, tenant scope) and assigns it to whoever created
 * the tenant. Ids derive from the tenant and the creator and a step whose aggregate already exists is skipped, so
 * running it again for the same tenant (a redelivered event, another replica) changes nothing.
 */
@Component
public final class TenantBootstrap {

	public static final String ROLE_NAME = "tenant-admin";

	private static final Logger logger = LoggerFactory.getLogger(TenantBootstrap.class);

	private final CommandGateway commands;

	private final EventStore events;

	private final Guardrails guardrails;

	TenantBootstrap(CommandGateway commands, EventStore events, Guardrails guardrails) {
		this.commands = commands;
		this.events = events;
		this.guardrails = guardrails;
	}

	/** The id of a tenant's {@code tenant-admin} role. */
	public static String roleId(String tenantId) {
		return derivedId("tenant-admin/" + tenantId);
	}

	/** @param creatorId the principal (or client) that created the tenant; null or blank: the role goes to no one */
	public void bootstrap(String tenantId, String creatorId) {
		String roleId = roleId(tenantId);
		List<Block> blocks = List.of(new Block("allow", Actions.SEEDED.stream().sorted().toList(), "tenant", null, null,
				null, null));
		try {
			if (absent(roleId)) {
				this.commands.sendAndWait(new CreateRole(roleId, tenantId, ROLE_NAME, blocks));
			}
			if (creatorId == null || creatorId.isBlank()) {
				return;
			}
			String assignmentId = derivedId("tenant-admin/" + tenantId + "/" + creatorId);
			if (absent(assignmentId)) {
				this.guardrails.checkAssignmentToPrincipal(blocks.stream().map(Block::toPublished).toList(),
						creatorId);
				this.commands.sendAndWait(new AssignRole(assignmentId, roleId, tenantId, creatorId));
			}
		}
		catch (RuntimeException ex) {
			ProblemException refusal = refusal(ex);
			if (refusal == null) {
				throw ex;
			}
			// A refusal (a tenant-admin role made by hand already, a guardrail) will not change on a retry.
			logger.warn("Tenant {} not bootstrapped for {}: {} {}", tenantId, creatorId, refusal.code(),
					refusal.getMessage());
		}
	}

	private static ProblemException refusal(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return problem;
			}
		}
		return null;
	}

	private boolean absent(String aggregateId) {
		return this.events.lastSequenceNumberFor(aggregateId).isEmpty();
	}

	private static String derivedId(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
