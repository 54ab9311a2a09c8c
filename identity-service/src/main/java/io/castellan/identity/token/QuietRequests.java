package io.castellan.identity.token;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the work behind requests that always answer {@code 202} (resend a verification mail, reset a password)
 * after the answer is sent. The caller learns nothing from the answer's content and nothing from its timing, which
 * would otherwise differ between an unknown address (one look-up) and a known one (a write). Failures are logged,
 * never answered. At most {@value #IN_FLIGHT} run at once; beyond that requests are dropped, also quietly.
 */
@Component
public final class QuietRequests implements DisposableBean {

	static final int IN_FLIGHT = 64;

	private static final Logger logger = LoggerFactory.getLogger(QuietRequests.class);

	private final ExecutorService executor = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("quiet-request-", 0).factory());

	private final Semaphore slots = new Semaphore(IN_FLIGHT);

	/** Runs the task in the background with the caller's request id and trace context. */
	public void run(String what, Runnable task) {
		if (!this.slots.tryAcquire()) {
			logger.warn("Dropped a {} request: {} already in flight", what, IN_FLIGHT);
			return;
		}
		Map<String, String> context = MDC.getCopyOfContextMap();
		this.executor.execute(() -> {
			try {
				if (context != null) {
					MDC.setContextMap(context);
				}
				task.run();
			}
			catch (RuntimeException ex) {
				logger.info("A {} request failed quietly: {}", what, ex.toString());
			}
			finally {
				MDC.clear();
				this.slots.release();
			}
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
	}

}
