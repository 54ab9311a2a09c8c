package io.castellan.gateway.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DPoPProofVerifierTests {

	private static final String TARGET = "https://gateway.example/api/tenants";

	@Test
	void sameUriWhenOnlyCaseOrDefaultPortDiffersThenSame() {
		assertThat(DPoPProofVerifier.sameUri("HTTPS://Gateway.Example:443/api/tenants", TARGET)).isTrue();
		assertThat(DPoPProofVerifier.sameUri("http://localhost:80/x", "http://localhost/x")).isTrue();
		assertThat(DPoPProofVerifier.sameUri("https://gateway.example", "https://gateway.example/")).isTrue();
	}

	@Test
	void sameUriWhenQueryOrFragmentInHtuThenIgnored() {
		assertThat(DPoPProofVerifier.sameUri(TARGET + "?page=2#top", TARGET)).isTrue();
	}

	@Test
	void sameUriWhenSchemeHostPortOrPathDiffersThenNotSame() {
		assertThat(DPoPProofVerifier.sameUri("http://gateway.example/api/tenants", TARGET)).isFalse();
		assertThat(DPoPProofVerifier.sameUri("https://evil.example/api/tenants", TARGET)).isFalse();
		assertThat(DPoPProofVerifier.sameUri("https://gateway.example:8443/api/tenants", TARGET)).isFalse();
		assertThat(DPoPProofVerifier.sameUri("https://gateway.example/api/tenants/t-1", TARGET)).isFalse();
		assertThat(DPoPProofVerifier.sameUri("https://gateway.example/API/tenants", TARGET)).isFalse();
	}

	@Test
	void sameUriWhenHtuMissingOrMalformedThenNotSame() {
		assertThat(DPoPProofVerifier.sameUri(null, TARGET)).isFalse();
		assertThat(DPoPProofVerifier.sameUri(42, TARGET)).isFalse();
		assertThat(DPoPProofVerifier.sameUri("not a uri", TARGET)).isFalse();
	}

}
