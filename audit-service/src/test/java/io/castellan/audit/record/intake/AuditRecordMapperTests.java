package io.castellan.audit.record.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.castellan.audit.record.AuditRecord;
import io.castellan.platform.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRecordMapperTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456789Z");

	private final AuditRecordMapper mapper = new AuditRecordMapper(JsonMapper.builder().build(),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void toRecordWhenCastellanEventThenHeadersBecomeFieldsAndActionDerived() {
		ConsumerRecord<String, byte[]> record = record("{\"tenantId\":\"t-1\",\"name\":\"Acme\"}");
		header(record, CloudEventHeaders.ID, "e-1");
		header(record, CloudEventHeaders.TYPE, "castellan.tenant.tenant.created.v1");
		header(record, CloudEventHeaders.TENANT_ID, "t-1");
		header(record, CloudEventHeaders.SUBJECT, "t-1");
		header(record, CloudEventHeaders.ACTOR, "admin");
		header(record, CloudEventHeaders.CORRELATION_ID, "req-9");
		header(record, CloudEventHeaders.TIME, "2026-11-22T09:00:00.000000999Z");

		AuditRecord audit = this.mapper.toRecord(record);

		assertThat(audit.eventId()).isEqualTo("e-1");
		assertThat(audit.tenantId()).isEqualTo("t-1");
		assertThat(audit.actor()).isEqualTo("admin");
		assertThat(audit.target()).isEqualTo("t-1");
		assertThat(audit.action()).isEqualTo("tenant.created");
		assertThat(audit.outcome()).isEqualTo(AuditRecord.SUCCESS);
		assertThat(audit.correlationId()).isEqualTo("req-9");
		assertThat(audit.occurredAt()).as("truncated to what PostgreSQL keeps")
			.isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
		assertThat(audit.recordedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00.123456Z"));
		assertThat(audit.details().get("name").asString()).isEqualTo("Acme");
		assertThat(audit.sequence()).isNull();
		assertThat(audit.hash()).isNull();
	}

	@Test
	void actionWhenTypeIsCastellanThenContextAndVersionDropped() {
		assertThat(AuditRecordMapper.action("castellan.tenant.tenant.created.v1")).isEqualTo("tenant.created");
		assertThat(AuditRecordMapper.action("castellan.notification.notification.delivery_failed.v1"))
			.isEqualTo("notification.delivery_failed");
		assertThat(AuditRecordMapper.action("castellan.provisioning.step.failed.v2")).isEqualTo("step.failed");
		assertThat(AuditRecordMapper.action("com.example.thing.happened")).isEqualTo("com.example.thing.happened");
	}

	@Test
	void outcomeWhenTypeSaysFailedThenFailureElseSuccess() {
		assertThat(AuditRecordMapper.outcome("castellan.provisioning.step.failed.v1")).isEqualTo(AuditRecord.FAILURE);
		assertThat(AuditRecordMapper.outcome("castellan.notification.notification.delivery_failed.v1"))
			.isEqualTo(AuditRecord.FAILURE);
		assertThat(AuditRecordMapper.outcome("castellan.provisioning.run.completed.v1"))
			.isEqualTo(AuditRecord.SUCCESS);
		assertThat(AuditRecordMapper.outcome("castellan.identity.principal.failedlogincounterreset.v1"))
			.as("only a whole word counts")
			.isEqualTo(AuditRecord.SUCCESS);
	}

	@Test
	void toRecordWhenFieldsLookSecretThenRedactedAtAnyDepth() {
		AuditRecord audit = this.mapper.toRecord(record("""
				{"name":"n","clientSecret":"s3cr3t","nested":{"passwordHash":"$argon2id$x","ok":1},
				 "list":[{"apiToken":"tok","label":"l"}],"Password":{"deep":"object"}}"""));

		assertThat(audit.details().get("name").asString()).isEqualTo("n");
		assertThat(audit.details().get("clientSecret").asString()).isEqualTo(Redaction.REDACTED);
		assertThat(audit.details().get("nested").get("passwordHash").asString()).isEqualTo(Redaction.REDACTED);
		assertThat(audit.details().get("nested").get("ok").asInt()).isEqualTo(1);
		assertThat(audit.details().get("list").get(0).get("apiToken").asString()).isEqualTo(Redaction.REDACTED);
		assertThat(audit.details().get("list").get(0).get("label").asString()).isEqualTo("l");
		assertThat(audit.details().get("Password").asString()).isEqualTo(Redaction.REDACTED);
		assertThat(audit.details().toString()).doesNotContain("s3cr3t", "argon2id", "\"tok\"", "deep");
	}

	@Test
	void toRecordWhenNoIdAndUnreadablePayloadThenStillRecordedWithPlaceId() {
		ConsumerRecord<String, byte[]> record = record("{not json");
		header(record, CloudEventHeaders.TYPE, "castellan.authz.role.created.v1");

		AuditRecord audit = this.mapper.toRecord(record);

		assertThat(audit.eventId()).isEqualTo("kafka:castellan.authz.events.v1/2/41");
		assertThat(audit.tenantId()).as("falls back to the record key").isEqualTo("key-tenant");
		assertThat(audit.action()).isEqualTo("role.created");
		assertThat(audit.details().get("unreadable").asString()).isNotBlank();
		assertThat(audit.occurredAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
	}

	@Test
	void toRecordWhenTextHasNulCharacterThenReplaced() {
		ConsumerRecord<String, byte[]> record = record("{\"name\":\"a\\u0000b\"}");
		header(record, CloudEventHeaders.SUBJECT, "x\0y");

		AuditRecord audit = this.mapper.toRecord(record);

		assertThat(audit.details().get("name").asString()).isEqualTo("a\uFFFDb");
		assertThat(audit.target()).isEqualTo("x\uFFFDy");
	}

	private static ConsumerRecord<String, byte[]> record(String payload) {
		return new ConsumerRecord<>("castellan.authz.events.v1", 2, 41, 1_700_000_000_000L,
				org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, 0, "key-tenant",
				payload.getBytes(StandardCharsets.UTF_8), new org.apache.kafka.common.header.internals.RecordHeaders(),
				java.util.Optional.empty());
	}

	private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
