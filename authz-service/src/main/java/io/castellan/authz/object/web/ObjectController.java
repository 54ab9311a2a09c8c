package io.castellan.authz.object.web;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.authz.object.command.MoveObject;
import io.castellan.authz.object.command.RegisterObject;
import io.castellan.authz.object.command.RemoveObject;
import io.castellan.authz.object.command.UpdateObjectAttributes;
import io.castellan.authz.objectgroup.command.ObjectTree;
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
 * Objects over HTTP: register, replace attributes, move between object groups, remove, and read as the index
 * knows them (given a consistency token, after that write). Platform administrators only for now.
 */
@RestController
@RequestMapping("/api/authz/objects")
class ObjectController {

	private final Writes writes;

	private final ObjectTree tree;

	private final PermissionIndex index;

	private final ConsumedPositions positions;

	private final Duration readTimeout;

	ObjectController(Writes writes, ObjectTree tree, PermissionIndex index, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.tree = tree;
		this.index = index;
		this.positions = positions;
		this.readTimeout = readTimeout;
	}

	@PostMapping
	ResponseEntity<ObjectResponse> register(@Valid @RequestBody RegisterObjectRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		String objectId = (request.id() != null) ? request.id() : UUID.randomUUID().toString();
		Map<String, Object> attributes = (request.attributes() != null) ? request.attributes() : Map.of();
		Written<Object> written = this.writes.send(
				new RegisterObject(objectId, request.tenantId(), request.type(), attributes, request.groupId()));
		return WriteResponses.created(URI.create("/api/authz/objects/" + objectId), written, new ObjectResponse(
				objectId, request.tenantId(), request.type(), request.groupId(), attributes, written.encodedToken()));
	}

	@GetMapping("/{objectId}")
	ObjectResponse get(@PathVariable String objectId,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		this.positions.await(token, this.readTimeout);
		return this.index.object(objectId)
			.map(ObjectResponse::of)
			.orElseThrow(() -> ProblemException.notFound("object", objectId));
	}

	@PutMapping("/{objectId}/attributes")
	ResponseEntity<Map<String, Object>> updateAttributes(@PathVariable String objectId,
			@Valid @RequestBody ObjectAttributesRequest request, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		requireObject(objectId);
		Written<Object> written = this.writes.send(new UpdateObjectAttributes(objectId, request.attributes()));
		return answer(written, objectId, "attributes", request.attributes());
	}

	/** Moves the object into another group of its tenant, or out of every group when {@code groupId} is null. */
	@PutMapping("/{objectId}/group")
	ResponseEntity<Map<String, Object>> move(@PathVariable String objectId,
			@Valid @RequestBody ObjectGroupRequest request, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		requireObject(objectId);
		Written<Object> written = this.writes.send(new MoveObject(objectId, request.groupId()));
		return answer(written, objectId, "groupId", request.groupId());
	}

	@DeleteMapping("/{objectId}")
	ResponseEntity<Map<String, Object>> remove(@PathVariable String objectId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		requireObject(objectId);
		Written<Object> written = this.writes.send(new RemoveObject(objectId));
		return answer(written, objectId, "removed", true);
	}

	private void requireObject(String objectId) {
		this.tree.find(objectId)
			.filter((node) -> !node.group())
			.orElseThrow(() -> ProblemException.notFound("object", objectId));
	}

	private static ResponseEntity<Map<String, Object>> answer(Written<Object> written, String objectId, String field,
			Object value) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", objectId);
		body.put(field, value);
		body.put("consistencyToken", written.encodedToken());
		return WriteResponses.ok(written, body);
	}

}
