package io.castellan.authz.check.web;

import java.util.Map;

import jakarta.validation.Valid;
import io.castellan.authz.index.ObjectRef;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.authz.index.RegisteredObject;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.CursorPages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Listing decisions from the index, cursor-paged ({@code {"items": [...], "next": "..."}}): the objects a subject
 * may act on, and the subjects that may act on an object. Every listed item is decided as a check would decide it,
 * and pages run until everything is listed: no silent cap. Same consistency token and same rule of who may ask as a
 * check.
 */
@RestController
@RequestMapping("/api/authz/check")
class ListController {

	private static final int DEFAULT_LIMIT = 100;

	private final PermissionIndex index;

	private final Askers askers;

	ListController(PermissionIndex index, Askers askers) {
		this.index = index;
		this.askers = askers;
	}

	@PostMapping("/objects")
	Map<String, Object> objects(@Valid @RequestBody ListObjectsRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		int limit = CursorPages.requireLimit((request.limit() != null) ? request.limit() : DEFAULT_LIMIT);
		this.askers.await(headerToken, request.consistencyToken());
		this.askers.requireMayAsk(Caller.of(jwt), request.principalId(), request.tenantId());
		return CursorPages.of(this.index
			.listObjects(request.principalId(), request.action(), request.tenantId(), request.type(),
					orEmpty(request.context()), request.after(), limit)
			.stream()
			.map(ListedObject::of)
			.toList(), limit, ListedObject::id);
	}

	@PostMapping("/subjects")
	Map<String, Object> subjects(@Valid @RequestBody ListSubjectsRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		int limit = CursorPages.requireLimit((request.limit() != null) ? request.limit() : DEFAULT_LIMIT);
		this.askers.await(headerToken, request.consistencyToken());
		ObjectRef object = request.object().toRef();
		this.askers.requireMayAsk(Caller.of(jwt), null, this.index.tenantOf(object));
		return CursorPages.of(this.index
			.listSubjects(request.action(), object, orEmpty(request.context()), request.after(), limit)
			.stream()
			.map(ListedSubject::new)
			.toList(), limit, ListedSubject::principalId);
	}

	private static Map<String, Object> orEmpty(Map<String, Object> context) {
		return (context != null) ? context : Map.of();
	}

	/** An object a subject may act on. */
	record ListedObject(String id, String type, String groupId) {

		static ListedObject of(RegisteredObject object) {
			return new ListedObject(object.id(), object.type(), object.groupId());
		}

	}

	/** A principal that may act on the object. */
	record ListedSubject(String principalId) {
	}

}
