package io.castellan.authz.group.web;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.group.command.AddGroupMember;
import io.castellan.authz.group.command.CreatePrincipalGroup;
import io.castellan.authz.group.query.PrincipalGroupRepository;
import io.castellan.authz.group.query.PrincipalGroupSummary;
import io.castellan.authz.index.Guardrails;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Principal groups over HTTP: create (optionally nested) and add members. Platform administrators only for now. */
@RestController
@RequestMapping("/api/authz/principal-groups")
class PrincipalGroupController {

	private final Writes writes;

	private final PrincipalGroupRepository groups;

	private final PermissionIndex index;

	private final Guardrails guardrails;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	PrincipalGroupController(Writes writes, PrincipalGroupRepository groups, PermissionIndex index,
			Guardrails guardrails, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.groups = groups;
		this.index = index;
		this.guardrails = guardrails;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	@PostMapping
	ResponseEntity<Map<String, String>> create(@Valid @RequestBody CreatePrincipalGroupRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		if (request.parentGroupId() != null) {
			PrincipalGroupSummary parent = this.groups.find(request.parentGroupId())
				.orElseThrow(() -> ProblemException.unprocessable("parent_group_not_found",
						"No principal group with id " + request.parentGroupId() + "."));
			if (!parent.tenantId().equals(request.tenantId())) {
				throw ProblemException.unprocessable("parent_group_tenant_mismatch", "The parent group belongs to another tenant.");
			}
		}
		String groupId = UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(
				new CreatePrincipalGroup(groupId, request.tenantId(), request.name().strip(), request.parentGroupId()));
		Map<String, String> body = new LinkedHashMap<>();
		body.put("id", groupId);
		body.put("tenantId", request.tenantId());
		body.put("name", request.name().strip());
		body.put("parentGroupId", request.parentGroupId());
		body.put("consistencyToken", written.encodedToken());
		return WriteResponses.created(URI.create("/api/authz/principal-groups/" + groupId), written, body);
	}

	/** Adds a principal of the group's tenant; a consistency token from its registration makes the check wait for it. */
	@PostMapping("/{groupId}/members")
	ResponseEntity<Map<String, String>> addMember(@PathVariable String groupId,
			@Valid @RequestBody AddMemberRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		PrincipalGroupSummary group = this.groups.find(groupId)
			.orElseThrow(() -> ProblemException.notFound("principal_group", groupId));
		this.positions.await(token, this.readTimeout);
		String principalTenant = this.index.principalTenant(request.principalId())
			.orElseThrow(() -> ProblemException.unprocessable("principal_not_found", "No principal with id " + request.principalId()
					+ ". If it was just registered, pass its consistency token in the " + ConsistencyToken.HEADER
					+ " header."));
		if (!principalTenant.equals(group.tenantId())) {
			throw ProblemException.unprocessable("principal_tenant_mismatch", "The principal belongs to another tenant than the group.");
		}
		this.guardrails.checkMembership(groupId, request.principalId());
		Written<Object> written = this.writes.send(new AddGroupMember(groupId, request.principalId()));
		Map<String, String> body = new LinkedHashMap<>();
		body.put("groupId", groupId);
		body.put("principalId", request.principalId());
		body.put("consistencyToken", written.encodedToken());
		return WriteResponses.created(URI.create("/api/authz/principal-groups/" + groupId + "/members/"
				+ request.principalId()), written, body);
	}

}
