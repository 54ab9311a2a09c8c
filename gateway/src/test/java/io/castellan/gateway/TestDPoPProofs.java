package io.castellan.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * DPoP proofs (RFC 9449 section 4.2) for gateway tests, signed with Nimbus: {@code proof(key, method, url, token)}
 * is a valid proof; the builder's other methods spoil one part of it.
 */
final class TestDPoPProofs {

	private TestDPoPProofs() {
	}

	static Builder proof(ECKey key, String method, String url, String accessToken) {
		return new Builder(key, method, url, accessToken);
	}

	static final class Builder {

		private final ECKey key;

		private final String method;

		private final String url;

		private String ath;

		private Instant issuedAt = Instant.now();

		private String jti = UUID.randomUUID().toString();

		private Builder(ECKey key, String method, String url, String accessToken) {
			this.key = key;
			this.method = method;
			this.url = url;
			this.ath = sha256(accessToken);
		}

		Builder withoutAth() {
			this.ath = null;
			return this;
		}

		Builder athOf(String otherToken) {
			this.ath = sha256(otherToken);
			return this;
		}

		Builder issuedAt(Instant issuedAt) {
			this.issuedAt = issuedAt;
			return this;
		}

		Builder jti(String jti) {
			this.jti = jti;
			return this;
		}

		String build() {
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().jwtID(this.jti)
				.claim("htm", this.method)
				.claim("htu", this.url)
				.issueTime(Date.from(this.issuedAt));
			if (this.ath != null) {
				claims.claim("ath", this.ath);
			}
			try {
				SignedJWT proof = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
					.type(new JOSEObjectType("dpop+jwt"))
					.jwk(this.key.toPublicJWK())
					.build(), claims.build());
				proof.sign(new ECDSASigner(this.key));
				return proof.serialize();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
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

}
