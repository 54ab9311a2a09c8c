package io.castellan.audit.record.intake;

import io.castellan.audit.record.AuditRecord;
import io.castellan.platform.consuming.CastellanConsumerConfiguration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every event of every topic in {@code castellan.consumer.topics}. The offset is committed only after the
 * record's transaction, and a redelivered event is recognised by its id, so each event is recorded exactly once.
 */
@Component
class AuditEventsListener {

	private static final Logger logger = LoggerFactory.getLogger(AuditEventsListener.class);

	private final AuditRecordMapper mapper;

	private final AuditLog log;

	AuditEventsListener(AuditRecordMapper mapper, AuditLog log) {
		this.mapper = mapper;
		this.log = log;
	}

	@KafkaListener(topics = "#{'${castellan.consumer.topics}'.split(',')}",
			containerFactory = CastellanConsumerConfiguration.FACTORY)
	@Transactional
	void on(ConsumerRecord<String, byte[]> record) {
		AuditRecord stored = this.log.append(this.mapper.toRecord(record));
		if (stored == null) {
			logger.debug("Event at {}-{}@{} already recorded", record.topic(), record.partition(), record.offset());
		}
	}

}
