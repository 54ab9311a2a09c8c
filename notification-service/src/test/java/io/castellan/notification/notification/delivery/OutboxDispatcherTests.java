package io.castellan.notification.notification.delivery;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDispatcherTests {

	@Test
	void describeWhenErrorQuotesAddressesThenAddressesHiddenAndRootCauseNamed() {
		MailSendException ex = new MailSendException("Failed messages",
				new IllegalStateException("550 <alice@example.com> rejected; bob.smith@corp.example unknown",
						new ConnectException("Connection refused to carol@x.io")));

		String description = OutboxDispatcher.describe(ex);

		assertThat(description).startsWith("MailSendException (ConnectException): ")
			.contains("Connection refused to [address]")
			.doesNotContain("@");
	}

	@Test
	void describeWhenVeryLongThenTruncated() {
		assertThat(OutboxDispatcher.describe(new MailSendException("x".repeat(2000)))).hasSize(500);
	}

}
