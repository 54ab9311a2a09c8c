package io.castellan.identity.oauth;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The token signing keys, kept in the database so tokens stay valid across restarts and replicas. The newest key
 * signs; older ones stay published in the JWKS until their tokens expire (rotation comes with the identity issue).
 */
final class SigningKeys {

	private final JdbcClient jdbc;

	SigningKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The keys, newest first; creates the first one when there is none. */
	List<JWK> load() {
		List<JWK> keys = read();
		if (keys.isEmpty()) {
			create();
			keys = read();
		}
		return keys;
	}

	private List<JWK> read() {
		return this.jdbc.sql("select kid, public_key, private_key from signing_key order by created_at desc")
			.query((row, index) -> (JWK) toJwk(row.getString("kid"), row.getBytes("public_key"),
					row.getBytes("private_key")))
			.list();
	}

	private void create() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			// Two replicas starting together both try; the first insert wins, the other reads it.
			this.jdbc.sql("""
					insert into signing_key (kid, algorithm, public_key, private_key)
					select :kid, 'RS256', :publicKey, :privateKey where not exists (select 1 from signing_key)""")
				.param("kid", UUID.randomUUID().toString())
				.param("publicKey", pair.getPublic().getEncoded())
				.param("privateKey", pair.getPrivate().getEncoded())
				.update();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey toJwk(String kid, byte[] publicKey, byte[] privateKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey));
			RSAPrivateKey priv = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey));
			return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).keyUse(KeyUse.SIGNATURE).build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalStateException("Unreadable signing key " + kid, ex);
		}
	}

}
