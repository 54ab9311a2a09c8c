package io.castellan.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a port that stays the same across {@link #stop()} and
 * {@link #start()}, so tests can take the mail server away from a running service and bring it back. One server,
 * {@link #shared()}, serves every test class, so that they can share one application context: several contexts
 * would each consume the identity topic and answer for each other's events.
 */
public final class TestSmtp {

	private static TestSmtp shared;

	private final int port;

	private final GreenMail greenMail;

	private TestSmtp(int port) {
		this.port = port;
		this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	/** A running server on a free port. */
	public static TestSmtp started() {
		TestSmtp smtp = new TestSmtp(freePort());
		smtp.start();
		return smtp;
	}

	/** The server of every {@link NotificationIntegrationTest}, started on first use. */
	public static synchronized TestSmtp shared() {
		if (shared == null) {
			shared = started();
		}
		return shared;
	}

	public int port() {
		return this.port;
	}

	public void start() {
		if (!this.greenMail.isRunning()) {
			this.greenMail.start();
		}
	}

	public void stop() {
		this.greenMail.stop();
	}

	/** The mails received for a recipient so far. */
	public List<MimeMessage> messagesTo(String recipient) {
		return Arrays.stream(this.greenMail.getReceivedMessages())
			.filter((message) -> isTo(message, recipient))
			.toList();
	}

	private static boolean isTo(MimeMessage message, String recipient) {
		try {
			Address[] to = message.getRecipients(Message.RecipientType.TO);
			return to != null && Arrays.stream(to).anyMatch((address) -> address.toString().equals(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points {@code spring.mail.*} at {@link #shared()}. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testSmtp",
						java.util.Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", shared().port())));
		}

	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
