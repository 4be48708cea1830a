package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;

import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.rule.RuleCode;

/**
 * The schema as a contract: the SDL the server serves is the one committed in {@code campaign-api/schema.graphql},
 * so every schema change is a reviewed diff (and the input of the breaking-change check and the frontend
 * example). Regenerate the file with {@code scripts/update-schema.sh}, which runs this test with
 * {@code -Dschema.update=true}.
 */
class SchemaContractIT extends EmbeddedStoreTestBase {

    /** The committed schema, relative to the module (Failsafe's working directory). */
    static final Path COMMITTED = Path.of("schema.graphql");

    /** The built-in directives, whose definitions every GraphQL tool already knows. */
    private static final Set<String> BUILT_IN_DIRECTIVES = Set.of("include", "skip", "deprecated", "specifiedBy",
            "oneOf", "defer", "experimental_disableErrorPropagation");

    /** A letter only Vietnamese among the Latin scripts uses: a tone mark, a breve, a horn or đ. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Autowired
    private GraphQlSource graphQlSource;

    /**
     * The SDL of a schema, in a deterministic order (types, fields, arguments and enum values by name), without
     * the built-in directives' definitions.
     */
    static String print(GraphQLSchema schema) {
        SchemaPrinter printer = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeSchemaDefinition(false)
                .includeIntrospectionTypes(false)
                .includeDirectiveDefinition(name -> !BUILT_IN_DIRECTIVES.contains(name)));
        return printer.print(schema).strip() + "\n";
    }

    @Test
    void servesTheCommittedSchema() throws IOException {
        String served = print(graphQlSource.schema());
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";

        assertThat(served).as("""
                The schema the server serves differs from campaign-api/schema.graphql (- committed, + served):
                %s
                If the change is meant, regenerate the file with scripts/update-schema.sh (or run this test with \
                -Dschema.update=true), review the diff and commit it; name breaking changes in CHANGELOG.md.""",
                LineDiff.unified(committed, served)).isEqualTo(committed);
    }

    @Test
    void userErrorCodeHasOneValueForEachRuleOfTheCatalogueInBothLanguages() {
        GraphQLEnumType codes = (GraphQLEnumType) graphQlSource.schema().getType(UserErrorCodes.TYPE_NAME);

        assertThat(codes).isNotNull();
        assertThat(codes.getValues()).extracting(GraphQLEnumValueDefinition::getName)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RuleCode.values()).map(Enum::name).toList());
        assertThat(codes.getValue("REQUIRED").getDescription()).isEqualTo("Trường … là bắt buộc. — … is required.");
        assertThat(codes.getValue("NOT_FOUND").getDescription())
                .isEqualTo("Không tìm thấy đăng ký …. — Registration … was not found.");
        assertThat(graphQlSource.schema().getObjectType("UserError").getFieldDefinition("code").getType())
                .hasToString("UserErrorCode!");
    }

    @Test
    void describesEveryEnumValueWithItsVietnameseTermFirst() {
        List<String> withoutVietnamese = new ArrayList<>();
        for (GraphQLNamedType type : graphQlSource.schema().getAllTypesAsList()) {
            if (type instanceof GraphQLEnumType enumType && !type.getName().startsWith("__")) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    String description = value.getDescription() == null ? "" : value.getDescription();
                    String term = description.split(": | — ", 2)[0];
                    if (!VIETNAMESE.matcher(term).find()) {
                        withoutVietnamese.add(type.getName() + "." + value.getName() + ": " + description);
                    }
                }
            }
        }

        assertThat(withoutVietnamese).as("enum values whose description does not start with a Vietnamese term")
                .isEmpty();
    }
}
