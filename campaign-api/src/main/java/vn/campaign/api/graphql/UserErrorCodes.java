package vn.campaign.api.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;

import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.text.Message;

/**
 * The GraphQL enum {@code UserErrorCode}, derived from the rule catalogue ({@link RuleCode}) when the schema
 * is built rather than written in a schema file: a code added to the catalogue is in the schema with no other
 * edit, and {@code UserError.code} can never carry a code the enum lacks. Each value is described by its rule's
 * messages, Vietnamese first, with the values a message names shown as {@code …}.
 */
public final class UserErrorCodes {

    /** The enum's name in the schema. */
    public static final String TYPE_NAME = "UserErrorCode";

    private static final String PLACEHOLDER = "…";

    private UserErrorCodes() {
    }

    /**
     * Adds the enum to a registry of type definitions.
     *
     * @param registry the schema files' definitions
     */
    public static void addTo(TypeDefinitionRegistry registry) {
        registry.add(definition());
    }

    /**
     * The enum's definition: one value per rule, in the catalogue's order.
     *
     * @return the definition
     */
    public static EnumTypeDefinition definition() {
        List<EnumValueDefinition> values = new ArrayList<>();
        for (RuleCode code : RuleCode.values()) {
            values.add(EnumValueDefinition.newEnumValueDefinition().name(code.name())
                    .description(new Description(description(code), null, false)).build());
        }
        return EnumTypeDefinition.newEnumTypeDefinition().name(TYPE_NAME)
                .description(new Description("""
                        Mã quy tắc nghiệp vụ bị vi phạm: the stable code of a broken business rule, one per rule \
                        of the rule catalogue (docs/rules.md), in Vietnamese and English. New rules add codes: \
                        clients should treat an unknown code as a generic error.""", null, true))
                .enumValueDefinitions(values).build();
    }

    /**
     * A value's description: the rule's Vietnamese message, then its English one.
     *
     * @param code the rule
     * @return e.g. {@code "Trường … là bắt buộc. — … is required."}
     */
    static String description(RuleCode code) {
        Object[] placeholders = new Object[8];
        Arrays.fill(placeholders, PLACEHOLDER);
        Message message = code.message(placeholders);
        return message.vi() + " — " + capitalised(message.en());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
