package io.castellan.identity.token;

import java.time.Instant;

/**
 * A freshly issued token as commands carry it: its hash (to store) and its sealed form (for the mail event). The
 * clear token is gone once this exists.
 */
public record IssuedToken(String hash, String sealed, Instant expiresAt) {

	@Override
	public String toString() {
		// Commands end up in logs and traces; neither form of the token belongs there.
		return "IssuedToken[expires " + this.expiresAt + "]";
	}

}
