package org.needlescreen.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas under {@code docs/schema/}, loaded from the working tree (not from the network):
 * their {@code $id} prefix is mapped to that folder, so {@code $ref}s between them resolve locally.
 * Formats ({@code "format": "date"}) are asserted, as a strict consumer would.
 */
public final class JsonSchemas {

    /** The prefix of every schema's {@code $id}. */
    public static final String ID_PREFIX = "https://raw.githubusercontent.com/needlescreen/needlescreen/main/docs/schema/";

    /** The folder holding the schemas, relative to the project (the tests' working directory). */
    public static final Path DIR = Path.of("docs", "schema");

    public static final String PROFILE = "profile.schema.json";
    public static final String RESULT = "result.schema.json";
    public static final String BATCH_LINE = "batch-line.schema.json";
    public static final String POLICY = "policy.schema.json";
    public static final String SCENARIO = "scenario.schema.json";

    /** Every schema file under {@link #DIR}. */
    public static final List<String> ALL = List.of(PROFILE, RESULT, BATCH_LINE, POLICY, SCENARIO);

    /** Plain Jackson, as a consumer parses: doubles, not the library's exact decimals. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(ID_PREFIX, DIR.toAbsolutePath().toUri().toString())));

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** The schema in {@code docs/schema/<file>}, by its {@code $id}. */
    public static JsonSchema schema(String file) {
        return LOADED.computeIfAbsent(file, f -> {
            JsonSchema s = FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + f), CONFIG);
            s.initializeValidators(); // resolve every $ref now, so a broken one fails here
            return s;
        });
    }

    /** The draft 2020-12 meta-schema, from the validator's own copy. */
    public static JsonSchema metaSchema() {
        return LOADED.computeIfAbsent("$meta", f -> FACTORY.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG));
    }

    /** The messages for {@code json} against {@code docs/schema/<file>}; empty when it is valid. */
    public static List<String> errors(String file, String json) {
        return errors(file, parse(json));
    }

    /** The messages for {@code node} against {@code docs/schema/<file>}; empty when it is valid. */
    public static List<String> errors(String file, JsonNode node) {
        return schema(file).validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
