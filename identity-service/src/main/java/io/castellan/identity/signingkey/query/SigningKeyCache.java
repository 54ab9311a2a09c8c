package io.castellan.identity.signingkey.query;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.castellan.identity.signingkey.SigningKeySeal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys in memory, read again from the database at most every {@code castellan.signing-keys.cache-ttl}
 * (default 5 s) and at once after a local rotation: every token request and every JWKS fetch would otherwise read
 * the table, and another instance's rotation still arrives within seconds.
 */
@Component
public final class SigningKeyCache {

	private final SigningKeyStore store;

	private final SigningKeySeal seal;

	private final Clock clock;

	private final Duration ttl;

	private volatile Snapshot snapshot;

	SigningKeyCache(SigningKeyStore store, SigningKeySeal seal, Clock clock,
			@Value("${castellan.signing-keys.cache-ttl:5s}") Duration ttl) {
		this.store = store;
		this.seal = seal;
		this.clock = clock;
		this.ttl = ttl;
	}

	/** Public parts of the active and still published retired keys, for the JWKS and token validation. */
	public JWKSet published() {
		return current().published();
	}

	/** The active key of each algorithm with its private part; empty before the first key exists. */
	public JWKSet signing() {
		return current().signing();
	}

	public void invalidate() {
		this.snapshot = null;
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || now.isAfter(current.expiresAt())) {
			current = load(now.plus(this.ttl));
			this.snapshot = current;
		}
		return current;
	}

	private Snapshot load(Instant expiresAt) {
		List<JWK> published = new ArrayList<>();
		Map<String, JWK> signing = new LinkedHashMap<>();
		for (SigningKeyRow row : this.store.published()) {
			JWK key = toJwk(row);
			published.add(key.toPublicJWK());
			// Newest first: the first unretired private key of each algorithm is the one that signs with it.
			if (row.retiredAt() == null && key.isPrivate()) {
				signing.putIfAbsent(row.algorithm(), key);
			}
		}
		return new Snapshot(new JWKSet(published), new JWKSet(List.copyOf(signing.values())), expiresAt);
	}

	private JWK toJwk(SigningKeyRow row) {
		try {
			JWSAlgorithm algorithm = JWSAlgorithm.parse(row.algorithm());
			if (JWSAlgorithm.Family.EC.contains(algorithm)) {
				KeyFactory factory = KeyFactory.getInstance("EC");
				ECKey.Builder builder = new ECKey.Builder(Curve.forJWSAlgorithm(algorithm).iterator().next(),
						(ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(row.publicKey())))
					.keyID(row.kid())
					.keyUse(KeyUse.SIGNATURE)
					.algorithm(algorithm);
				if (row.privateKey() != null) {
					builder.privateKey(
							(ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey(row))));
				}
				return builder.build();
			}
			KeyFactory factory = KeyFactory.getInstance("RSA");
			RSAKey.Builder builder = new RSAKey.Builder(
					(RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(row.publicKey())))
				.keyID(row.kid())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(algorithm);
			if (row.privateKey() != null) {
				builder.privateKey(
						(RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey(row))));
			}
			return builder.build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalStateException("Unreadable signing key " + row.kid(), ex);
		}
	}

	private byte[] privateKey(SigningKeyRow row) {
		return this.seal.open(row.kid(), row.privateKey());
	}

	private record Snapshot(JWKSet published, JWKSet signing, Instant expiresAt) {
	}

}
