package io.castellan.authz.invite;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.castellan.authz.action.BlockRules;
import io.castellan.authz.assignment.command.AssignRole;
import io.castellan.authz.role.event.Block;
import io.castellan.authz.role.query.RoleSummary;
import io.castellan.authz.role.query.RoleSummaryRepository;
import io.castellan.authz.subject.GrantSubjects;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.InboundEvent;
import io.castellan.platform.events.ProcessedEvents;
import io.castellan.platform.web.ProblemException;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.identity.InviteAccepted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns an invitee's roles when identity-service announces {@code invite.accepted}. Each role is its own
 * transaction: the (event, role) pair is claimed as processed together with the assignment, so redelivery assigns
 * nothing twice; the assignment id is derived from invitation and role, so even a lost claim could not duplicate.
 * A role that cannot be granted (unknown, another tenant's, or refused by a guardrail) is logged and left out:
 * retrying could never make it grantable.
 */
@Component
class InviteRoleGrants {

	static final String CONSUMER = "invite-role-grants";

	private static final Logger logger = LoggerFactory.getLogger(InviteRoleGrants.class);

	private final RoleSummaryRepository roles;

	private final GrantSubjects subjects;

	private final ConsumedPositions positions;

	private final ProcessedEvents processed;

	private final CommandGateway commands;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Duration indexTimeout;

	InviteRoleGrants(RoleSummaryRepository roles, GrantSubjects subjects, ConsumedPositions positions,
			ProcessedEvents processed, CommandGateway commands, TransactionTemplate transactions, JsonMapper json,
			@Value("${castellan.consistency.read-timeout:5s}") Duration indexTimeout) {
		this.roles = roles;
		this.subjects = subjects;
		this.positions = positions;
		this.processed = processed;
		this.commands = commands;
		this.transactions = transactions;
		this.json = json;
		this.indexTimeout = indexTimeout;
	}

	@KafkaListener(topics = EventTypes.IDENTITY_TOPIC, containerFactory = InviteConsumerConfiguration.FACTORY)
	void on(ConsumerRecord<String, byte[]> record) {
		Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
		if (type == null || !InviteAccepted.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
			return;
		}
		InboundEvent event = InboundEvent.from(record, this.json);
		InviteAccepted accepted = event.dataAs(InviteAccepted.class, this.json);
		// The principal's registration precedes this record on its partition: once the index has read this far,
		// it knows the principal (its tenant and kind, which the guardrails need). A timeout is retried.
		this.positions.await(ConsistencyToken.of(Map.of(
				new ConsistencyToken.Partition(record.topic(), record.partition()), record.offset())), this.indexTimeout);
		for (String roleId : accepted.roles()) {
			grant(event.id(), accepted, roleId);
		}
	}

	private void grant(String eventId, InviteAccepted accepted, String roleId) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				if (!this.processed.claim(CONSUMER, eventId + "/" + roleId)) {
					return;
				}
				Optional<RoleSummary> role = grantable(accepted, roleId);
				if (role.isPresent()) {
					this.commands.sendAndWait(new AssignRole(assignmentId(accepted.inviteId(), roleId), roleId,
							role.get().tenantId(), accepted.principalId()));
				}
			});
		}
		catch (ProblemException ex) {
			// role_already_assigned: the principal holds the role by now, which is what was asked.
			logger.info("Role {} for invitation {} not assigned: {}", roleId, accepted.inviteId(), ex.code());
		}
	}

	private Optional<RoleSummary> grantable(InviteAccepted accepted, String roleId) {
		Optional<RoleSummary> role = this.roles.find(roleId);
		if (role.isEmpty() || !(role.get().tenantId().equals(accepted.tenantId())
				|| role.get().tenantId().equals(BlockRules.PLATFORM))) {
			logger.warn("Invitation {} names role {}, which is not a role of tenant {}; not assigned",
					accepted.inviteId(), roleId, accepted.tenantId());
			return Optional.empty();
		}
		List<PermissionBlock> blocks = role.get().blocks().stream().map(Block::toPublished).toList();
		try {
			this.subjects.require(role.get().tenantId(), accepted.principalId(), null, blocks, null);
			return role;
		}
		catch (ProblemException ex) {
			logger.warn("Invitation {}: role {} cannot go to principal {} ({}); not assigned", accepted.inviteId(),
					roleId, accepted.principalId(), ex.code());
			return Optional.empty();
		}
	}

	/** The same invitation and role always give the same assignment. */
	static String assignmentId(String inviteId, String roleId) {
		return UUID.nameUUIDFromBytes(("invite:" + inviteId + ":" + roleId).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

}
