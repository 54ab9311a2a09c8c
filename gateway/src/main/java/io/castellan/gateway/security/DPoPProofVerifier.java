package io.castellan.gateway.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.DPoPProofContext;
import org.springframework.security.oauth2.jwt.DPoPProofJwtDecoderFactory;
import org.springframework.security.oauth2.jwt.DPoPProofReplayValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.authentication.DPoPAuthenticationToken;
import org.springframework.util.Assert;

/**
 * Checks a DPoP proof against its request and its verified access token, RFC 9449 section 4.3. Spring Security's
 * {@link DPoPProofJwtDecoderFactory} (Nimbus underneath) checks {@code typ} = {@code dpop+jwt}, an asymmetric
 * {@code alg} (RSA or EC) and the signature by the public {@code jwk} in the header; the validators here add
 * {@code htm}, {@code htu}, {@code iat} within the window and a {@code jti} not seen within it, {@code ath} and the
 * key's thumbprint against the token's {@code cnf.jkt}.
 * <p>
 * Seen {@code jti}s live in an in-memory cache ({@link DPoPProofReplayValidator.InMemoryCache}) for the window: one
 * gateway instance stops replays to itself; across instances the service behind checks the proof again with its
 * own cache. When the cache is full, or one key sent more than {@code proofsPerKey} proofs in a window, new proofs
 * are refused rather than an unexpired {@code jti} forgotten.
 */
public final class DPoPProofVerifier {

	private final DPoPProofJwtDecoderFactory decoders = new DPoPProofJwtDecoderFactory();

	/**
	 * @param window a proof is accepted while its {@code iat} is within this of now, either way
	 * @param replayCacheSize the most {@code jti}s kept at once
	 * @param proofsPerKey the most {@code jti}s kept at once for one proof key
	 */
	public DPoPProofVerifier(Duration window, int replayCacheSize, int proofsPerKey, Clock clock) {
		DPoPProofReplayValidator.InMemoryCache seen = new DPoPProofReplayValidator.InMemoryCache();
		seen.setMaxSize(replayCacheSize);
		seen.setMaxRequestsPerKey(proofsPerKey);
		DPoPProofReplayValidator replay = new DPoPProofReplayValidator(seen);
		replay.setClockSkew(window);
		replay.setClock(clock);
		this.decoders.setJwtValidatorFactory((context) -> firstFailure(
				new JwtClaimValidator<>("htm", context.getMethod()::equals),
				new JwtClaimValidator<>("htu", (Object htu) -> sameUri(htu, context.getTargetUri())),
				new AccessTokenHashValidator(context.getAccessToken()), new KeyBindingValidator(context.getAccessToken()),
				// Last: a proof refused for another reason does not use up its jti.
				replay));
	}

	/** Unlike Spring's delegating validator, stops at the first failure, so later checks have no side effects. */
	@SafeVarargs
	private static OAuth2TokenValidator<Jwt> firstFailure(OAuth2TokenValidator<Jwt>... validators) {
		return (proof) -> {
			for (OAuth2TokenValidator<Jwt> validator : validators) {
				OAuth2TokenValidatorResult result = validator.validate(proof);
				if (result.hasErrors()) {
					return result;
				}
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

	/**
	 * @param request the DPoP request: token, proof, method and URL
	 * @param accessToken the request's access token, already verified
	 * @throws DPoPAuthenticationException when the proof is not acceptable
	 */
	void verify(DPoPAuthenticationToken request, Jwt accessToken) {
		try {
			DPoPProofContext context = DPoPProofContext.withDPoPProof(request.getDPoPProof())
				.accessToken(accessToken)
				.method(request.getMethod())
				.targetUri(request.getResourceUri())
				.build();
			this.decoders.createDecoder(context).decode(request.getDPoPProof());
		}
		catch (JwtValidationException ex) {
			OAuth2Error first = ex.getErrors().iterator().next();
			throw DPoPAuthenticationException.invalidProof(describe(first), ex);
		}
		catch (JwtException | IllegalArgumentException ex) {
			throw DPoPAuthenticationException.invalidProof("The DPoP proof is malformed or its signature is invalid.",
					ex);
		}
	}

	private static String describe(OAuth2Error error) {
		return (error.getDescription() != null) ? error.getDescription() : "The DPoP proof is invalid.";
	}

	/**
	 * RFC 9449 section 4.3 compares {@code htu} after syntax- and scheme-based normalization (RFC 3986 section 6.2.2,
	 * 6.2.3): scheme and host in any case, a default port written or not.
	 */
	static boolean sameUri(Object htu, String target) {
		if (!(htu instanceof String value)) {
			return false;
		}
		try {
			return normalize(URI.create(value)).equals(normalize(URI.create(target)));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String normalize(URI uri) {
		String scheme = Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT);
		String host = Objects.requireNonNullElse(uri.getHost(), "").toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_DPOP_PROOF, description, null));
	}

	/** {@code ath}: the base64url SHA-256 of the access token the proof was made for (RFC 9449 section 4.2). */
	private record AccessTokenHashValidator(Jwt accessToken) implements OAuth2TokenValidator<Jwt> {

		@Override
		public OAuth2TokenValidatorResult validate(Jwt proof) {
			String ath = proof.getClaimAsString("ath");
			if (ath == null) {
				return failure("The DPoP proof has no ath claim.");
			}
			if (!ath.equals(sha256(this.accessToken.getTokenValue()))) {
				return failure("The DPoP proof's ath claim is not this access token's hash.");
			}
			return OAuth2TokenValidatorResult.success();
		}

		private static String sha256(String value) {
			try {
				return Base64URL
					.encode(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)))
					.toString();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The proof key's JWK SHA-256 thumbprint (RFC 7638) is the token's {@code cnf.jkt} (RFC 9449 section 6.1). */
	private record KeyBindingValidator(Jwt accessToken) implements OAuth2TokenValidator<Jwt> {

		KeyBindingValidator {
			Assert.notNull(accessToken, "accessToken cannot be null");
		}

		@Override
		public OAuth2TokenValidatorResult validate(Jwt proof) {
			String jkt = boundKey(this.accessToken);
			if (jkt == null) {
				return failure("The access token is not bound to a DPoP key (no cnf.jkt claim).");
			}
			if (!(proof.getHeaders().get("jwk") instanceof Map<?, ?> json)) {
				return failure("The DPoP proof has no jwk header.");
			}
			try {
				@SuppressWarnings("unchecked")
				JWK jwk = JWK.parse((Map<String, Object>) json);
				if (!jkt.equals(jwk.computeThumbprint().toString())) {
					return failure("The DPoP proof is signed by another key than the one the access token is bound to.");
				}
				return OAuth2TokenValidatorResult.success();
			}
			catch (ParseException | JOSEException ex) {
				return failure("The DPoP proof's jwk header is missing or invalid.");
			}
		}

	}

	/** The JWK thumbprint a token is bound to ({@code cnf.jkt}), or {@code null} when it is a bearer token. */
	static String boundKey(Jwt accessToken) {
		Map<String, Object> cnf = accessToken.getClaimAsMap("cnf");
		return (cnf != null && cnf.get("jkt") instanceof String jkt) ? jkt : null;
	}

}
