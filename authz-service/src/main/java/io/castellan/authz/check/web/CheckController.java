package io.castellan.authz.check.web;

import java.util.List;

import jakarta.validation.Valid;
import io.castellan.authz.index.Decision;
import io.castellan.authz.index.Explanation;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.security.Caller;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access checks answered from the in-memory index: single, bulk and explained. Given a consistency token (body or
 * header, combined) the answer reflects those writes, or the call fails with 503 {@code consistency_timeout} after
 * a bounded wait. A subject may ask about itself; about others it needs {@code authz.check} in the object's
 * tenant, or to be a platform administrator.
 */
@RestController
@RequestMapping("/api/authz")
class CheckController {

	private final PermissionIndex index;

	private final Askers askers;

	CheckController(PermissionIndex index, Askers askers) {
		this.index = index;
		this.askers = askers;
	}

	@PostMapping("/check")
	Decision check(@Valid @RequestBody CheckRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		CheckItem item = item(request);
		prepare(jwt, List.of(item), headerToken, request.consistencyToken());
		return decide(item, jwt);
	}

	/** Which assignment and block decided, or why each candidate was skipped. */
	@PostMapping("/explain")
	Explanation explain(@Valid @RequestBody CheckRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		CheckItem item = item(request);
		prepare(jwt, List.of(item), headerToken, request.consistencyToken());
		return this.index.explain(item.principalId(), item.action(), item.object().toRef(), item.contextOrEmpty());
	}

	@PostMapping("/check/bulk")
	BulkCheckResponse bulk(@Valid @RequestBody BulkCheckRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String headerToken,
			@AuthenticationPrincipal Jwt jwt) {
		prepare(jwt, request.items(), headerToken, request.consistencyToken());
		return new BulkCheckResponse(request.items()
			.stream()
			.map((item) -> decide(item, jwt))
			.toList());
	}

	private static CheckItem item(CheckRequest request) {
		return new CheckItem(request.principalId(), request.action(), request.object(), request.context(),
				request.apiKeyId());
	}

	/**
	 * The index's decision, narrowed to an API key's ceiling when the item names a key, or when callers holding a
	 * key-made token ask about themselves: such a caller cannot learn more than its key allows.
	 */
	private Decision decide(CheckItem item, Jwt jwt) {
		String apiKeyId = item.apiKeyId();
		if (apiKeyId == null && item.principalId().equals(jwt.getSubject())) {
			apiKeyId = jwt.getClaimAsString("api_key_id");
		}
		return (apiKeyId != null)
				? this.index.check(item.principalId(), apiKeyId, item.action(), item.object().toRef(),
						item.contextOrEmpty())
				: this.index.check(item.principalId(), item.action(), item.object().toRef(), item.contextOrEmpty());
	}

	/** Waits for the token, then refuses any item the caller may not ask about. */
	private void prepare(Jwt jwt, List<CheckItem> items, String headerToken, String bodyToken) {
		this.askers.await(headerToken, bodyToken);
		Caller caller = Caller.of(jwt);
		for (CheckItem item : items) {
			this.askers.requireMayAsk(caller, item.principalId(), this.index.tenantOf(item.object().toRef()));
		}
	}

}
