package io.castellan.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A local stand-in for Have I Been Pwned's range API, over real HTTP: it knows a few breached passwords, records
 * the paths it was asked for, and can be told to fail. The identity test context points {@code castellan.hibp.url}
 * at it.
 */
public final class FakeHibp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final List<String> BREACHED = List.of("password1234", "correct horse battery staple");

	private static final List<String> requests = new CopyOnWriteArrayList<>();

	private static final AtomicBoolean failing = new AtomicBoolean();

	private static final HttpServer server = start();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("fakeHibp",
					Map.of("castellan.hibp.url", "http://127.0.0.1:" + server.getAddress().getPort())));
	}

	/** The paths asked for so far, e.g. {@code /range/5BAA6}. */
	public static List<String> requests() {
		return List.copyOf(requests);
	}

	/** Makes the server answer 503 until told otherwise. */
	public static void failing(boolean fail) {
		failing.set(fail);
	}

	public static String sha1(String password) {
		try {
			return HexFormat.of()
				.withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer start() {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			http.createContext("/range/", (exchange) -> {
				String path = exchange.getRequestURI().getPath();
				requests.add(path);
				if (failing.get()) {
					exchange.sendResponseHeaders(503, -1);
					exchange.close();
					return;
				}
				String prefix = path.substring("/range/".length());
				StringBuilder body = new StringBuilder("0000000000000000000000000000000000A:0\r\n");
				for (String password : BREACHED) {
					String hash = sha1(password);
					if (hash.startsWith(prefix)) {
						body.append(hash.substring(5)).append(":42\r\n");
					}
				}
				byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			http.start();
			return http;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
