package io.castellan.identity.credential;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Have I Been Pwned's range API by k-anonymity: only the first five hex digits of the password's SHA-1 leave the
 * host, and the answer (every suffix with that prefix) is matched here. Each prefix's answer is cached for five
 * minutes. When the service cannot be reached the check fails open: an outage must not stop every signup.
 */
@Component
public class BreachedPasswords {

	private static final Logger logger = LoggerFactory.getLogger(BreachedPasswords.class);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Cache<String, Set<String>> ranges = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(5))
		.maximumSize(10_000)
		.build();

	private final URI baseUrl;

	private final Duration timeout;

	BreachedPasswords(@Value("${castellan.hibp.url:https://api.pwnedpasswords.com}") URI baseUrl,
			@Value("${castellan.hibp.timeout:2s}") Duration timeout) {
		this.baseUrl = baseUrl;
		this.timeout = timeout;
	}

	/** Whether the password is in a known breach; {@code false} when that cannot be told right now. */
	public boolean isBreached(String password) {
		String hash = sha1(password);
		String prefix = hash.substring(0, 5);
		Set<String> suffixes = this.ranges.getIfPresent(prefix);
		if (suffixes == null) {
			Optional<Set<String>> fetched = fetch(prefix);
			if (fetched.isEmpty()) {
				return false;
			}
			suffixes = fetched.get();
			this.ranges.put(prefix, suffixes);
		}
		return suffixes.contains(hash.substring(5));
	}

	private Optional<Set<String>> fetch(String prefix) {
		try {
			HttpRequest request = HttpRequest.newBuilder(this.baseUrl.resolve("/range/" + prefix))
				.timeout(this.timeout)
				// Padding hides from an observer how many suffixes the prefix has.
				.header("Add-Padding", "true")
				.header("User-Agent", "castellan-identity")
				.GET()
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				logger.warn("Breached-password check unavailable (HTTP {}); accepting the password unchecked",
						response.statusCode());
				return Optional.empty();
			}
			return Optional.of(response.body()
				.lines()
				.map((line) -> line.split(":", 2))
				.filter((parts) -> parts.length == 2 && !parts[1].strip().equals("0"))
				.map((parts) -> parts[0].strip().toUpperCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (Exception ex) {
			logger.warn("Breached-password check unavailable ({}); accepting the password unchecked", ex.toString());
			return Optional.empty();
		}
	}

	private static String sha1(String password) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
