package io.castellan.identity.signingkey.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.castellan.identity.signingkey.command.NewSigningKey;
import io.castellan.identity.signingkey.command.RotateSigningKey;
import io.castellan.identity.signingkey.query.SigningKeyStore;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Token signing keys, for platform administrators. A rotation takes effect at once: the next token is signed with
 * the new key, and tokens signed with the old one keep validating until they expire.
 */
@RestController
@RequestMapping("/api/signing-keys")
class SigningKeyController {

	private final Writes writes;

	private final SigningKeyStore keys;

	private final Clock clock;

	SigningKeyController(Writes writes, SigningKeyStore keys, Clock clock) {
		this.writes = writes;
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * Rotates the keys of one algorithm ({@code ?algorithm=ES256}) or, by default, of every algorithm: a suspected
	 * compromise of the store exposes them all alike.
	 */
	@PostMapping("/rotate")
	ResponseEntity<Map<String, List<SigningKeyResponse>>> rotate(@AuthenticationPrincipal Jwt jwt,
			@RequestParam(required = false) String algorithm) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		if (algorithm != null && !NewSigningKey.ALGORITHMS.contains(algorithm)) {
			throw ProblemException.badRequest("algorithm_unsupported",
					"Signing keys exist for " + NewSigningKey.ALGORITHMS + ", not for '" + algorithm + "'.");
		}
		Instant now = this.clock.instant();
		List<String> kids = new ArrayList<>();
		Written<Object> written = null;
		for (String each : (algorithm != null) ? List.of(algorithm) : NewSigningKey.ALGORITHMS) {
			RotateSigningKey command = NewSigningKey.rotate(each, RotateSigningKey.When.ALWAYS, null,
					caller.subject(), now);
			written = this.writes.send(command);
			kids.add(command.kid());
		}
		String token = written.encodedToken();
		List<SigningKeyResponse> rotated = this.keys.all()
			.stream()
			.filter((key) -> kids.contains(key.kid()))
			.map((key) -> SigningKeyResponse.of(key, now, token))
			.toList();
		return WriteResponses.created(URI.create("/api/signing-keys"), written, Map.of("items", rotated));
	}

	/** Every key ever activated, newest first. */
	@GetMapping
	Map<String, List<SigningKeyResponse>> list(@AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		Instant now = this.clock.instant();
		return Map.of("items", this.keys.all().stream().map((key) -> SigningKeyResponse.of(key, now, null)).toList());
	}

}
