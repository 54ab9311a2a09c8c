package io.castellan.identity.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.castellan.identity.profile.query.ProfileView;
import io.castellan.platform.web.ProblemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * JSON Schemas (draft 2020-12) of profiles: checked when defined, compiled once per version, and applied to
 * principals' attributes. A schema may refer only within itself: a remote {@code $ref} would make this service
 * fetch URLs chosen by whoever defines profiles.
 */
@Component
public class ProfileSchemas {

	static final int MAX_SCHEMA_BYTES = 64 * 1024;

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	/** Draft 2020-12's meta-schema, bundled with the validator (no network). */
	private static final Schema META_SCHEMA = REGISTRY
		.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	private final JsonMapper json;

	ProfileSchemas(JsonMapper json) {
		this.json = json;
	}

	/** @throws ProblemException 422 {@code profile_schema_invalid} when the document cannot serve as a schema */
	public void check(Map<String, Object> schema) {
		String text = this.json.writeValueAsString(schema);
		if (text.length() > MAX_SCHEMA_BYTES) {
			throw invalid("A profile schema is at most " + MAX_SCHEMA_BYTES + " bytes.");
		}
		JsonNode tree = this.json.readTree(text);
		JsonNode dialect = tree.get("$schema");
		if (dialect != null && !dialect.asString().startsWith("https://json-schema.org/draft/2020-12/schema")) {
			throw invalid("Profiles use JSON Schema draft 2020-12.");
		}
		List<String> remote = new ArrayList<>();
		collectRemoteRefs(tree, remote);
		if (!remote.isEmpty()) {
			throw invalid("Only local references ('#/...') are allowed; found " + remote + ".");
		}
		List<String> problems = META_SCHEMA.validate(tree).stream().map(Error::toString).toList();
		if (!problems.isEmpty()) {
			throw invalid("Not a valid JSON Schema: " + String.join("; ", problems));
		}
		try {
			REGISTRY.getSchema(text).validate(this.json.createObjectNode());
		}
		catch (RuntimeException ex) {
			throw invalid("Not a usable JSON Schema: " + ex.getMessage());
		}
	}

	/**
	 * @throws ProblemException 422 {@code attributes_invalid} listing every violation
	 */
	public void validate(ProfileView profile, Map<String, Object> attributes) {
		Schema schema = this.compiled.computeIfAbsent(profile.profileId() + "@" + profile.version(),
				(key) -> REGISTRY.getSchema(this.json.writeValueAsString(profile.schema())));
		List<String> errors = schema.validate(this.json.valueToTree(attributes)).stream().map(Error::toString).toList();
		if (!errors.isEmpty()) {
			throw ProblemException.unprocessable("attributes_invalid", "The attributes do not satisfy profile '"
					+ profile.name() + "' version " + profile.version() + ": " + String.join("; ", errors));
		}
	}

	private static void collectRemoteRefs(JsonNode node, List<String> remote) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				boolean reference = field.getKey().equals("$ref") || field.getKey().equals("$dynamicRef");
				if (reference && field.getValue().isString() && !field.getValue().asString().startsWith("#")) {
					remote.add(field.getValue().asString());
				}
				collectRemoteRefs(field.getValue(), remote);
			}
		}
		else if (node.isArray()) {
			node.forEach((item) -> collectRemoteRefs(item, remote));
		}
	}

	private static ProblemException invalid(String detail) {
		return ProblemException.unprocessable("profile_schema_invalid", detail);
	}

}
