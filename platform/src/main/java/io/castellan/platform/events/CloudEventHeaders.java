package io.castellan.platform.events;

/**
 * Kafka header names of the CloudEvents Kafka protocol binding, binary content mode, plus Castellan's extension
 * attributes (lower-case alphanumerics, as the CloudEvents spec requires of extension names).
 */
public final class CloudEventHeaders {

	public static final String ID = "ce_id";

	public static final String TYPE = "ce_type";

	public static final String SOURCE = "ce_source";

	public static final String SUBJECT = "ce_subject";

	public static final String TIME = "ce_time";

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String DATA_SCHEMA = "ce_dataschema";

	public static final String CONTENT_TYPE = "content-type";

	/** Extension: the tenant the event belongs to (also the record key). */
	public static final String TENANT_ID = "ce_tenantid";

	/** Extension: the id of the request or event that caused this event. */
	public static final String CAUSATION_ID = "ce_causationid";

	/** Extension: the id shared by everything one request set off. */
	public static final String CORRELATION_ID = "ce_correlationid";

	/** Extension: who caused the event (the access token's subject), when a caller did. */
	public static final String ACTOR = "ce_actor";

	/** W3C trace context, as in HTTP. */
	public static final String TRACEPARENT = "traceparent";

	private CloudEventHeaders() {
	}

}
