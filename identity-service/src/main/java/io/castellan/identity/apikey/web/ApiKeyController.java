package io.castellan.identity.apikey.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.castellan.identity.apikey.ApiKeyFormat;
import io.castellan.identity.apikey.command.CreateApiKey;
import io.castellan.identity.apikey.command.RevokeApiKey;
import io.castellan.identity.apikey.event.CeilingGrant;
import io.castellan.identity.apikey.query.ApiKeyView;
import io.castellan.identity.apikey.query.ApiKeys;
import io.castellan.identity.principal.query.PrincipalSummary;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys: a principal manages its own; a platform administrator may create and revoke anyone's. The key itself
 * is in the creation answer only. A token obtained from a key with a ceiling cannot mint keys.
 */
@RestController
@RequestMapping("/api/api-keys")
class ApiKeyController {

	private static final Set<String> SCOPE_MODES = Set.of("platform", "tenant", "object_kind", "object_type", "object",
			"group", "group_direct_objects", "group_descendant_objects", "group_child_groups",
			"group_descendant_groups");

	private final Writes writes;

	private final ApiKeys keys;

	private final ApiKeyFormat format;

	private final PrincipalSummaryRepository principals;

	private final Clock clock;

	ApiKeyController(Writes writes, ApiKeys keys, ApiKeyFormat format, PrincipalSummaryRepository principals,
			Clock clock) {
		this.writes = writes;
		this.keys = keys;
		this.format = format;
		this.principals = principals;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<ApiKeyResponse> create(@Valid @RequestBody CreateApiKeyRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt);
		if (Boolean.TRUE.equals(jwt.getClaim("api_key_scoped"))) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "api_key_cannot_mint",
					"A key with a permission ceiling cannot create keys.");
		}
		String ownerId = (request.ownerId() != null) ? request.ownerId() : caller.subject();
		if (!ownerId.equals(caller.subject()) && !caller.isPlatformAdmin()) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Only administrators create others' keys.");
		}
		PrincipalSummary owner = this.principals.find(ownerId)
			.orElseThrow(() -> ProblemException.unprocessable("principal_not_found",
					"Keys belong to a registered principal; no principal " + ownerId + "."));
		List<CeilingGrant> ceiling = (request.ceiling() != null) ? request.ceiling().stream().map(this::grant).toList()
				: null;
		ApiKeyFormat.Issued issued = this.format.issue();
		Instant now = this.clock.instant();
		Written<Object> written = this.writes.send(new CreateApiKey(issued.id(), owner.principalId(), owner.tenantId(),
				request.name().strip(), this.format.hash(issued.secret()), ceiling, request.expiresAt(),
				caller.subject(), now));
		ApiKeyView view = this.keys.find(issued.id()).orElseThrow();
		return WriteResponses.created(URI.create("/api/api-keys/" + issued.id()), written,
				ApiKeyResponse.of(view, issued.presented()));
	}

	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) String ownerId, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt);
		String owner = (ownerId != null) ? ownerId : caller.subject();
		if (!owner.equals(caller.subject())) {
			caller.requirePlatformAdmin();
		}
		return Map.of("items", this.keys.ofOwner(owner).stream().map((key) -> ApiKeyResponse.of(key, null)).toList());
	}

	@GetMapping("/{keyId}")
	ApiKeyResponse get(@PathVariable String keyId, @AuthenticationPrincipal Jwt jwt) {
		return ApiKeyResponse.of(visible(keyId, Caller.of(jwt)), null);
	}

	@DeleteMapping("/{keyId}")
	ResponseEntity<Void> revoke(@PathVariable String keyId, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt);
		visible(keyId, caller);
		Written<Object> written = this.writes.send(new RevokeApiKey(keyId, caller.subject(), this.clock.instant()));
		ResponseEntity<Void> answer = WriteResponses.ok(written, null);
		return ResponseEntity.noContent().headers(answer.getHeaders()).build();
	}

	private ApiKeyView visible(String keyId, Caller caller) {
		return this.keys.find(keyId)
			.filter((key) -> caller.isPlatformAdmin() || key.ownerId().equals(caller.subject()))
			.orElseThrow(() -> ProblemException.notFound("api_key", keyId));
	}

	private CeilingGrant grant(CeilingRequest request) {
		if (!SCOPE_MODES.contains(request.scope().mode())) {
			throw ProblemException.unprocessable("ceiling_scope_invalid",
					"Unknown scope mode '" + request.scope().mode() + "'; one of " + SCOPE_MODES + ".");
		}
		return new CeilingGrant(request.actions(), request.scope());
	}

	/**
	 * Body of {@code POST /api/api-keys}.
	 * @param ceiling optional permission ceiling; absent = the owner's rights, empty = nothing
	 * @param expiresAt optional, in the future
	 * @param ownerId optional; administrators may create keys for others
	 */
	record CreateApiKeyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 50) List<@Valid CeilingRequest> ceiling,
			@Future Instant expiresAt, @Size(max = 64) String ownerId) {
	}

	record CeilingRequest(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> actions,
			@NotNull CeilingGrant.CeilingScope scope) {
	}

	/** A key as the API shows it; {@code key} only in the answer that created it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ApiKeyResponse(String id, String ownerId, String tenantId, String name, List<CeilingGrant> ceiling,
			Instant expiresAt, Instant createdAt, Instant revokedAt, Instant lastUsedAt, String key) {

		static ApiKeyResponse of(ApiKeyView view, String key) {
			return new ApiKeyResponse(view.keyId(), view.ownerId(), view.tenantId(), view.name(), view.ceiling(),
					view.expiresAt(), view.createdAt(), view.revokedAt(), view.lastUsedAt(), key);
		}

		@Override
		public String toString() {
			return "ApiKeyResponse[" + this.id + "]";
		}

	}

}
