package io.castellan.authz.grpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.castellan.authz.grpc.v1.CheckItem;
import io.castellan.authz.grpc.v1.CheckRequest;
import io.castellan.authz.index.ObjectRef;
import io.castellan.platform.web.ProblemException;

/**
 * Reads requests into the index's terms, with the limits the REST API's bean validation sets (ids up to 64
 * characters, types and object ids up to 128, at most 50 context entries). Proto3 has no null: an empty string is
 * an absent field.
 */
final class Requests {

	static final int MAX_CONTEXT_ENTRIES = 50;

	private Requests() {
	}

	/** One question, validated. */
	record Question(String principalId, String action, ObjectRef object, Map<String, Object> context) {
	}

	static Question question(CheckRequest request) {
		return question(request.getPrincipalId(), request.getAction(), request.hasObject(), request.getObject(),
				request.hasContext(), request.getContext());
	}

	static Question question(CheckItem item) {
		return question(item.getPrincipalId(), item.getAction(), item.hasObject(), item.getObject(), item.hasContext(),
				item.getContext());
	}

	private static Question question(String principalId, String action, boolean hasObject,
			io.castellan.authz.grpc.v1.ObjectRef object, boolean hasContext, Struct context) {
		if (!hasObject) {
			throw invalid("object is required.");
		}
		return new Question(required("principal_id", principalId, 64), required("action", action, 64),
				object(object), hasContext ? context(context) : Map.of());
	}

	static ObjectRef object(io.castellan.authz.grpc.v1.ObjectRef object) {
		return new ObjectRef(optional("object.tenant_id", object.getTenantId(), 64),
				optional("object.type", object.getType(), 128), optional("object.id", object.getId(), 128));
	}

	static String required(String field, String value, int max) {
		if (value.isBlank()) {
			throw invalid(field + " is required.");
		}
		return optional(field, value, max);
	}

	static String optional(String field, String value, int max) {
		if (value.length() > max) {
			throw invalid(field + " is longer than " + max + " characters.");
		}
		return value.isEmpty() ? null : value;
	}

	/** The context as the conditions read JSON: whole numbers as longs, so they compare like JSON's integers. */
	static Map<String, Object> context(Struct context) {
		if (context.getFieldsCount() > MAX_CONTEXT_ENTRIES) {
			throw invalid("context has more than " + MAX_CONTEXT_ENTRIES + " entries.");
		}
		return struct(context);
	}

	private static Map<String, Object> struct(Struct struct) {
		Map<String, Object> map = new LinkedHashMap<>();
		struct.getFieldsMap().forEach((name, value) -> map.put(name, value(value)));
		return map;
	}

	private static Object value(Value value) {
		return switch (value.getKindCase()) {
			case NUMBER_VALUE -> number(value.getNumberValue());
			case STRING_VALUE -> value.getStringValue();
			case BOOL_VALUE -> value.getBoolValue();
			case STRUCT_VALUE -> struct(value.getStructValue());
			case LIST_VALUE -> list(value.getListValue());
			case NULL_VALUE, KIND_NOT_SET -> null;
		};
	}

	private static List<Object> list(ListValue list) {
		List<Object> values = new ArrayList<>();
		list.getValuesList().forEach((value) -> values.add(value(value)));
		return values;
	}

	private static Object number(double number) {
		boolean whole = number == Math.rint(number) && Math.abs(number) < 0x1p53;
		return whole ? (Object) (long) number : (Object) number;
	}

	static ProblemException invalid(String detail) {
		return ProblemException.badRequest("validation_failed", "The request is invalid: " + detail);
	}

}
