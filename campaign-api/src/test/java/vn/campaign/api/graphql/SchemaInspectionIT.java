package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

import vn.campaign.api.support.EmbeddedStoreTestBase;

/** The schema is fully mapped to controllers and data classes, and fully described. */
class SchemaInspectionIT extends EmbeddedStoreTestBase {

    @Autowired
    private SchemaInspection inspection;

    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void leavesNoSchemaFieldArgumentOrRegistrationUnmapped() {
        var report = inspection.report();

        assertThat(report.unmappedFields()).as("schema fields without a data fetcher or property").isEmpty();
        assertThat(report.unmappedArguments()).as("controller arguments the schema lacks").isEmpty();
        assertThat(report.unmappedRegistrations()).as("controller mappings the schema lacks").isEmpty();
        assertThat(report.skippedTypes()).as("types the inspection could not check").isEmpty();
        assertThat(report.fieldNullnessErrors()).as("non-null schema fields mapped to nullable Java").isEmpty();
        assertThat(report.argumentNullnessErrors()).isEmpty();
        assertThat(inspection.isClean()).isTrue();
    }

    @Test
    void describesEveryTypeFieldArgumentInputFieldAndEnumValue() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> undescribed = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || List.of("String", "Boolean", "Int", "Float", "ID")
                    .contains(type.getName())) {
                continue;
            }
            check(undescribed, type.getName(), type.getDescription());
            if (type instanceof GraphQLObjectType object) {
                object.getFieldDefinitions().forEach(f -> field(undescribed, type.getName(), f));
            } else if (type instanceof GraphQLInterfaceType iface) {
                iface.getFieldDefinitions().forEach(f -> field(undescribed, type.getName(), f));
            } else if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
                    check(undescribed, type.getName() + "." + f.getName(), f.getDescription());
                }
            } else if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition v : enumType.getValues()) {
                    check(undescribed, type.getName() + "." + v.getName(), v.getDescription());
                }
            } else if (type instanceof GraphQLScalarType) {
                continue;
            }
        }

        assertThat(undescribed).isEmpty();
    }

    private static void field(List<String> undescribed, String type, GraphQLFieldDefinition field) {
        check(undescribed, type + "." + field.getName(), field.getDescription());
        for (GraphQLArgument argument : field.getArguments()) {
            check(undescribed, type + "." + field.getName() + "(" + argument.getName() + ")",
                    argument.getDescription());
        }
    }

    private static void check(List<String> undescribed, String what, String description) {
        if (description == null || description.isBlank()) {
            undescribed.add(what);
        }
    }
}
