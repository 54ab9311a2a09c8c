package io.castellan.authz.policy.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.action.BlockRules;
import io.castellan.authz.policy.command.AttachPolicy;
import io.castellan.authz.role.event.Block;
import io.castellan.authz.subject.GrantSubjects;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.WriteResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Direct policies over HTTP: one block attached to a principal or a group. Platform administrators only for now. */
@RestController
@RequestMapping("/api/authz/policies")
class PolicyController {

	private final Writes writes;

	private final GrantSubjects subjects;

	PolicyController(Writes writes, GrantSubjects subjects) {
		this.writes = writes;
		this.subjects = subjects;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> attach(@Valid @RequestBody AttachPolicyRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		Block block = request.block().toBlock();
		// Shape first: the guardrails reason about a well-formed block.
		BlockRules.requireValid(List.of(block), request.tenantId());
		this.subjects.require(request.tenantId(), request.principalId(), request.groupId(),
				List.of(block.toPublished()), token);
		String policyId = UUID.randomUUID().toString();
		Written<Object> written = this.writes
			.send(new AttachPolicy(policyId, request.tenantId(), request.principalId(), request.groupId(), block));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", policyId);
		body.put("tenantId", request.tenantId());
		body.put("principalId", request.principalId());
		body.put("groupId", request.groupId());
		body.put("block", block);
		body.put("consistencyToken", written.encodedToken());
		return WriteResponses.created(URI.create("/api/authz/policies/" + policyId), written, body);
	}

}
