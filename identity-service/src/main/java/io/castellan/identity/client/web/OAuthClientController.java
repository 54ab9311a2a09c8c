package io.castellan.identity.client.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.identity.client.command.ChangeOAuthClientStatus;
import io.castellan.identity.client.command.DeleteOAuthClient;
import io.castellan.identity.client.command.NewClientSecret;
import io.castellan.identity.client.command.RegisterOAuthClient;
import io.castellan.identity.client.command.RotateOAuthClientSecret;
import io.castellan.identity.client.command.UpdateOAuthClient;
import io.castellan.identity.client.query.OAuthClientRepository;
import io.castellan.identity.client.query.OAuthClientSummary;
import io.castellan.identity.tenant.KnownTenants;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.CursorPages;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAuth clients over HTTP, for platform administrators. Every write goes through the client aggregate and answers
 * with a consistency token; a client can use the token endpoint as soon as its registration answered.
 */
@RestController
@RequestMapping("/api/oauth-clients")
class OAuthClientController {

	private final Writes writes;

	private final OAuthClientRepository clients;

	private final KnownTenants tenants;

	private final ConsumedPositions positions;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final Duration readTimeout;

	OAuthClientController(Writes writes, OAuthClientRepository clients, KnownTenants tenants,
			ConsumedPositions positions, PasswordEncoder encoder, Clock clock,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		this.writes = writes;
		this.clients = clients;
		this.tenants = tenants;
		this.positions = positions;
		this.encoder = encoder;
		this.clock = clock;
		this.readTimeout = readTimeout;
	}

	/** Registers a client; a confidential one's secret is in this answer and nowhere else, ever. */
	@PostMapping
	ResponseEntity<OAuthClientResponse> register(@Valid @RequestBody RegisterOAuthClientRequest request,
			@RequestHeader(name = ConsistencyToken.HEADER, required = false) String token,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		if (request.tenantId() != null) {
			requireActiveTenant(request.tenantId(), token);
		}
		String id = UUID.randomUUID().toString();
		String clientId = (request.clientId() != null) ? request.clientId() : UUID.randomUUID().toString();
		NewClientSecret secret = "confidential".equals(request.clientType()) ? NewClientSecret.generate(this.encoder)
				: null;
		Written<Object> written = this.writes.send(new RegisterOAuthClient(id, clientId, request.tenantId(),
				request.clientType(), request.settings().toSettings(), (secret != null) ? secret.hash() : null,
				caller.subject(), this.clock.instant()));
		return WriteResponses.created(URI.create("/api/oauth-clients/" + clientId), written,
				OAuthClientResponse.of(find(clientId), (secret != null) ? secret.value() : null,
						written.encodedToken()));
	}

	@GetMapping("/{clientId}")
	OAuthClientResponse get(@PathVariable String clientId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return OAuthClientResponse.of(find(clientId), null, null);
	}

	/** Clients in client_id order, cursor-paged; optionally one tenant's. */
	@GetMapping
	Map<String, Object> list(@RequestParam(required = false) String tenantId,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit,
			@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		CursorPages.requireLimit(limit);
		List<OAuthClientResponse> items = this.clients.page(tenantId, after, limit)
			.stream()
			.map((client) -> OAuthClientResponse.of(client, null, null))
			.toList();
		return CursorPages.of(items, limit, OAuthClientResponse::clientId);
	}

	/** Replaces the settings in full. */
	@PutMapping("/{clientId}")
	ResponseEntity<OAuthClientResponse> update(@PathVariable String clientId,
			@Valid @RequestBody OAuthClientSettingsRequest request, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		Written<Object> written = this.writes.send(new UpdateOAuthClient(find(clientId).id(), request.toSettings(),
				caller.subject(), this.clock.instant()));
		return WriteResponses.ok(written, OAuthClientResponse.of(find(clientId), null, written.encodedToken()));
	}

	/** A new secret, shown in this answer only; the old one stops working at once. */
	@PostMapping("/{clientId}/secret")
	ResponseEntity<OAuthClientResponse> rotateSecret(@PathVariable String clientId,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		NewClientSecret secret = NewClientSecret.generate(this.encoder);
		Written<Object> written = this.writes.send(new RotateOAuthClientSecret(find(clientId).id(), secret.hash(),
				caller.subject(), this.clock.instant()));
		return WriteResponses.ok(written, OAuthClientResponse.of(find(clientId), secret.value(),
				written.encodedToken()));
	}

	/** Disables a client: it can no longer authenticate and every token it holds is revoked. */
	@PostMapping("/{clientId}/disable")
	ResponseEntity<OAuthClientResponse> disable(@PathVariable String clientId, @AuthenticationPrincipal Jwt jwt) {
		return changeStatus(clientId, "disabled", jwt);
	}

	@PostMapping("/{clientId}/enable")
	ResponseEntity<OAuthClientResponse> enable(@PathVariable String clientId, @AuthenticationPrincipal Jwt jwt) {
		return changeStatus(clientId, "active", jwt);
	}

	@DeleteMapping("/{clientId}")
	ResponseEntity<Void> delete(@PathVariable String clientId, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		Written<Object> written = this.writes
			.send(new DeleteOAuthClient(find(clientId).id(), caller.subject(), this.clock.instant()));
		ResponseEntity.HeadersBuilder<?> response = ResponseEntity.noContent();
		if (written.encodedToken() != null) {
			response.header(ConsistencyToken.HEADER, written.encodedToken());
		}
		return response.build();
	}

	private ResponseEntity<OAuthClientResponse> changeStatus(String clientId, String status, Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		Written<Object> written = this.writes.send(
				new ChangeOAuthClientStatus(find(clientId).id(), status, caller.subject(), this.clock.instant()));
		return WriteResponses.ok(written, OAuthClientResponse.of(find(clientId), null, written.encodedToken()));
	}

	private OAuthClientSummary find(String clientId) {
		return this.clients.findByClientId(clientId)
			.orElseThrow(() -> ProblemException.notFound("oauth_client", clientId));
	}

	private void requireActiveTenant(String tenantId, String token) {
		this.positions.await(token, this.readTimeout);
		this.tenants.requireActive(tenantId);
	}

}
