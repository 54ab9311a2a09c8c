package io.castellan.authz.objectgroup.web;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.authz.index.RegisteredObjectGroup;
import io.castellan.authz.objectgroup.command.CreateObjectGroup;
import io.castellan.authz.objectgroup.command.MoveObjectGroup;
import io.castellan.authz.objectgroup.command.ObjectTree;
import io.castellan.authz.objectgroup.command.RemoveObjectGroup;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Object groups over HTTP: create (optionally nested), move under another parent (never into itself: 422
 * {@code object_group_cycle}), remove when empty (else 409 {@code object_group_not_empty}), and read as the index
 * knows them. Platform administrators only for now.
 */
@RestController
@RequestMapping("/api/authz/object-groups")
class ObjectGroupController {

	private final Writes writes;

	private final ObjectTree tree;

	private final PermissionIndex index;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	ObjectGroupController(Writes writes, ObjectTree tree, PermissionIndex index, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.tree = tree;
		this.index = index;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@Valid @RequestBody CreateObjectGroupRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		String groupId = (request.id() != null) ? request.id() : UUID.randomUUID().toString();
		Written<Object> written = this.writes.send(new CreateObjectGroup(groupId, request.tenantId(),
				request.name().strip(), request.parentGroupId()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", groupId);
		body.put("tenantId", request.tenantId());
		body.put("name", request.name().strip());
		body.put("parentGroupId", request.parentGroupId());
		body.put("consistencyToken", written.encodedToken());
		return WriteResponses.created(URI.create("/api/authz/object-groups/" + groupId), written, body);
	}

	/** The group with its ancestors, nearest first. */
	@GetMapping("/{groupId}")
	Map<String, Object> get(@PathVariable String groupId,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		this.positions.await(token, this.readTimeout);
		RegisteredObjectGroup group = this.index.objectGroup(groupId)
			.orElseThrow(() -> ProblemException.notFound("object_group", groupId));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", group.id());
		body.put("tenantId", group.tenantId());
		body.put("name", group.name());
		body.put("parentGroupId", group.parentGroupId());
		body.put("ancestors", this.index.objectGroupAncestry(groupId).stream().skip(1).toList());
		return body;
	}

	@PutMapping("/{groupId}/parent")
	ResponseEntity<Map<String, Object>> move(@PathVariable String groupId,
			@Valid @RequestBody ParentGroupRequest request, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		requireGroup(groupId);
		Written<Object> written = this.writes.send(new MoveObjectGroup(groupId, request.parentGroupId()));
		return answer(written, groupId, "parentGroupId", request.parentGroupId());
	}

	@DeleteMapping("/{groupId}")
	ResponseEntity<Map<String, Object>> remove(@PathVariable String groupId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		requireGroup(groupId);
		Written<Object> written = this.writes.send(new RemoveObjectGroup(groupId));
		return answer(written, groupId, "removed", true);
	}

	private void requireGroup(String groupId) {
		this.tree.find(groupId)
			.filter(ObjectTree.Node::group)
			.orElseThrow(() -> ProblemException.notFound("object_group", groupId));
	}

	private static ResponseEntity<Map<String, Object>> answer(Written<Object> written, String groupId, String field,
			Object value) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", groupId);
		body.put(field, value);
		body.put("consistencyToken", written.encodedToken());
		return WriteResponses.ok(written, body);
	}

}
