package io.castellan.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.SessionRevoked;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The sessions identity-service revoked recently, read by every replica of every service from the identity topic
 * (all partitions, no consumer group: each replica needs every revocation). Tokens carry their session as
 * {@code sid}; one whose session is here is refused. Only revocations younger than the longest token life matter,
 * so a starting replica reads back just that far.
 */
public class RevokedSessions implements InitializingBean, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(RevokedSessions.class);

	private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

	private final String bootstrapServers;

	private final Duration lookback;

	private final Clock clock = Clock.systemUTC();

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile KafkaConsumer<String, byte[]> consumer;

	private volatile boolean running = true;

	private Thread thread;

	public RevokedSessions(String bootstrapServers, Duration lookback) {
		this.bootstrapServers = bootstrapServers;
		this.lookback = lookback;
	}

	public boolean isRevoked(String sessionId) {
		return sessionId != null && this.revoked.containsKey(sessionId);
	}

	/** Records a revocation directly; the service that revokes sees it before the topic brings it back. */
	public void revoke(String sessionId, Instant at) {
		this.revoked.put(sessionId, at);
	}

	@Override
	public void afterPropertiesSet() {
		this.thread = Thread.ofPlatform().daemon().name("revoked-sessions").start(this::run);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.running = false;
		KafkaConsumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		if (this.thread != null) {
			this.thread.join(Duration.ofSeconds(5));
		}
	}

	/** Reads until stopped; a broker outage or a missing topic is waited out, never fatal. */
	private void run() {
		while (this.running) {
			try {
				consume();
			}
			catch (WakeupException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (this.running) {
					logger.warn("Revoked-session feed interrupted ({}); resuming in 5 s", ex.toString());
					pause(Duration.ofSeconds(5));
				}
			}
		}
	}

	private void consume() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "revoked-sessions");
		try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			this.consumer = kafka;
			List<TopicPartition> partitions = awaitPartitions(kafka);
			kafka.assign(partitions);
			seekToLookback(kafka, partitions);
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofSeconds(1))) {
					accept(record);
				}
				prune();
			}
		}
	}

	/** The identity topic's partitions, once it exists (a fresh broker may not have it yet). */
	private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
		while (this.running) {
			List<PartitionInfo> infos = kafka.listTopics(Duration.ofSeconds(10)).get(EventTypes.IDENTITY_TOPIC);
			if (infos != null && !infos.isEmpty()) {
				return infos.stream().map((info) -> new TopicPartition(info.topic(), info.partition())).toList();
			}
			pause(Duration.ofSeconds(1));
		}
		throw new WakeupException();
	}

	private static void pause(Duration duration) {
		java.util.concurrent.locks.LockSupport.parkNanos(duration.toNanos());
	}

	private void seekToLookback(KafkaConsumer<String, byte[]> kafka, List<TopicPartition> partitions) {
		long since = this.clock.instant().minus(this.lookback).toEpochMilli();
		Map<TopicPartition, Long> query = new HashMap<>();
		partitions.forEach((partition) -> query.put(partition, since));
		Map<TopicPartition, OffsetAndTimestamp> offsets = kafka.offsetsForTimes(query);
		Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
		for (TopicPartition partition : partitions) {
			OffsetAndTimestamp offset = offsets.get(partition);
			kafka.seek(partition, (offset != null) ? offset.offset() : ends.get(partition));
		}
	}

	private void accept(ConsumerRecord<String, byte[]> record) {
		Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
		if (type == null || !SessionRevoked.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
			return;
		}
		try {
			JsonNode event = this.json.readTree(record.value());
			this.revoked.put(event.get("sessionId").asString(), Instant.ofEpochMilli(record.timestamp()));
		}
		catch (RuntimeException ex) {
			logger.warn("Unreadable session revocation at {}-{}@{}", record.topic(), record.partition(),
					record.offset());
		}
	}

	private void prune() {
		Instant cutoff = this.clock.instant().minus(this.lookback);
		this.revoked.values().removeIf((at) -> at.isBefore(cutoff));
	}

}
