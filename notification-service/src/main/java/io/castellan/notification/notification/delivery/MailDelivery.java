package io.castellan.notification.notification.delivery;

import io.castellan.notification.config.NotificationProperties;
import io.castellan.notification.template.RenderedMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends a rendered message as a plain-text mail over SMTP ({@code spring.mail.*}). */
@Component
class MailDelivery {

	private final JavaMailSender sender;

	private final String from;

	MailDelivery(JavaMailSender sender, NotificationProperties properties) {
		this.sender = sender;
		this.from = properties.from();
	}

	void send(String recipient, RenderedMessage message) throws MailException {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(recipient);
		mail.setSubject(message.subject());
		mail.setText(message.body());
		this.sender.send(mail);
	}

}
