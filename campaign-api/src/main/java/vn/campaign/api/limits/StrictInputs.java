package vn.campaign.api.limits;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.values.InputInterceptor;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;

/**
 * Refuses two kinds of input graphql-java would coerce into something no one sent, as errors of the
 * variable concerned (graphql-java calls it before it coerces each input value of a scalar or enum):
 * <ul>
 *   <li>an {@code ID} that is neither a string nor an integer: graphql-java's {@code ID} turns any value into a
 *       string ({@code true} becomes {@code "true"}, a list {@code "[]"}), where the GraphQL specification
 *       accepts only those two;</li>
 *   <li>a string that is not valid Unicode: a JSON escape such as {@code \uD800} decodes to half a surrogate
 *       pair, which the store would save as {@code ?}.</li>
 * </ul>
 * {@link GraphQlLimitsInterceptor} puts it in the GraphQL context of every request.
 */
public final class StrictInputs implements InputInterceptor {

    /** The interceptor; it holds no state. */
    public static final StrictInputs INSTANCE = new StrictInputs();

    private StrictInputs() {
    }

    @Override
    public @Nullable Object intercept(@Nullable Object value, GraphQLInputType type, GraphQLContext context,
            Locale locale) {
        if (type instanceof GraphQLScalarType scalar && scalar.getName().equals(Scalars.GraphQLID.getName())
                && !(value instanceof String || value instanceof Integer || value instanceof Long
                        || value instanceof BigInteger)) {
            throw new CoercingParseValueException("Expected a string or an integer for an ID, but it was "
                    + kind(value) + ".");
        }
        if (value instanceof String text) {
            int at = unpairedSurrogate(text);
            if (at >= 0) {
                String name = type instanceof GraphQLNamedType named ? named.getName() : "input";
                throw new CoercingParseValueException("Expected valid Unicode for " + name + ", but character "
                        + at + " is half of a surrogate pair.");
            }
        }
        return value;
    }

    /**
     * Where a text has a surrogate that is not part of a pair.
     *
     * @param text a text
     * @return the index of the first unpaired surrogate, or -1
     */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String kind(@Nullable Object value) {
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number with a fraction or an exponent";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return value instanceof List ? "a list" : "a value of another kind";
    }
}
