package vn.campaign.importer.report;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;
import vn.campaign.importer.issue.Issue;

/**
 * An {@link Issue} in the report's JSON, flat as the API has always answered it: {@code sheet}, {@code row},
 * {@code column}, {@code code}, {@code severity}, {@code message} (Vietnamese), {@code messageEn},
 * {@code value} and {@code field} (dotted), absent values left out.
 */
final class IssueJson {

    private IssueJson() {
    }

    static SimpleModule module() {
        return new SimpleModule("import-issues").addSerializer(Issue.class, new Writer())
                .addDeserializer(Issue.class, new Reader());
    }

    private static final class Writer extends ValueSerializer<Issue> {
        @Override
        public void serialize(Issue issue, JsonGenerator out, SerializationContext context) {
            out.writeStartObject();
            out.writeStringProperty("sheet", issue.sheet());
            out.writeNumberProperty("row", issue.row());
            if (issue.column() != null) {
                out.writeStringProperty("column", issue.column());
            }
            out.writeStringProperty("code", issue.code().name());
            out.writeStringProperty("severity", issue.severity().name());
            out.writeStringProperty("message", issue.message().vi());
            out.writeStringProperty("messageEn", issue.message().en());
            if (issue.value() != null) {
                out.writeStringProperty("value", issue.value());
            }
            if (issue.field() != null) {
                out.writeStringProperty("field", issue.field().toString());
            }
            out.writeEndObject();
        }
    }

    private static final class Reader extends ValueDeserializer<Issue> {
        @Override
        public Issue deserialize(JsonParser in, DeserializationContext context) {
            JsonNode node = context.readTree(in);
            String field = text(node, "field");
            return new Issue(required(node, "sheet"), node.required("row").asInt(), text(node, "column"),
                    IssueCodes.named(required(node, "code")), Severity.valueOf(required(node, "severity")),
                    new Message(required(node, "message"), required(node, "messageEn")), text(node, "value"),
                    field == null ? null : FieldPath.parse(field));
        }

        private static String required(JsonNode node, String name) {
            String text = text(node, name);
            if (text == null) {
                throw new IllegalArgumentException("an issue needs its " + name);
            }
            return text;
        }

        private static @Nullable String text(JsonNode node, String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }
    }
}
