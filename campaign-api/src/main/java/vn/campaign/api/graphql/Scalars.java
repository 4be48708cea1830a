package vn.campaign.api.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import vn.campaign.core.registration.Vnd;

/**
 * The schema's custom scalars. graphql-java's extended scalars are not managed by the Spring Boot BOM, so
 * these four small coercings are written here. A value that does not fit is refused with a message that
 * names the scalar and shows the value; graphql-java reports it as a request error.
 */
public final class Scalars {

    private static final Pattern WHOLE_DONG = Pattern.compile("-?[0-9]+");

    /** {@code Date}: an ISO-8601 calendar date ("2022-06-15") as {@link LocalDate}. */
    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar().name("Date")
            .description("An ISO-8601 calendar date, such as \"2022-06-15\".")
            .coercing(new TextCoercing<LocalDate>("Date", "an ISO-8601 date such as 2022-06-15") {
                @Override
                LocalDate parse(String text) {
                    return LocalDate.parse(text);
                }

                @Override
                String format(Object value) {
                    if (value instanceof LocalDate day) {
                        return day.toString();
                    }
                    throw new CoercingSerializeException("Date cannot serialise a " + value.getClass().getName());
                }
            }).build();

    /** {@code DateTime}: an ISO-8601 instant in UTC as {@link Instant}. */
    public static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar().name("DateTime")
            .description("An ISO-8601 instant in UTC, such as \"2022-05-01T03:04:05.123Z\".")
            .coercing(new TextCoercing<Instant>("DateTime", "an ISO-8601 instant such as 2022-05-01T03:04:05Z") {
                @Override
                Instant parse(String text) {
                    return Instant.parse(text);
                }

                @Override
                String format(Object value) {
                    if (value instanceof Instant instant) {
                        return instant.toString();
                    }
                    throw new CoercingSerializeException("DateTime cannot serialise a " + value.getClass().getName());
                }
            }).build();

    /**
     * {@code Money}: whole đồng as {@link Vnd}; written as a JSON string of digits, read from such a string
     * or a JSON integer.
     */
    public static final GraphQLScalarType MONEY = GraphQLScalarType.newScalar().name("Money")
            .description("An amount of đồng: a string of digits (\"4500000000\"), or an integer on input.")
            .coercing(new Coercing<Vnd, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof Vnd vnd) {
                        return Long.toString(vnd.amount());
                    }
                    if (value instanceof Long || value instanceof Integer) {
                        return value.toString();
                    }
                    throw new CoercingSerializeException("Money cannot serialise a " + value.getClass().getName());
                }

                @Override
                public Vnd parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String text) {
                        return money(text, CoercingParseValueException::new);
                    }
                    if (input instanceof Integer || input instanceof Long) {
                        return new Vnd(((Number) input).longValue());
                    }
                    if (input instanceof BigInteger big) {
                        return money(big.toString(), CoercingParseValueException::new);
                    }
                    if (input instanceof BigDecimal decimal) {
                        return money(decimal.toPlainString(), CoercingParseValueException::new);
                    }
                    throw new CoercingParseValueException(moneyMessage(String.valueOf(input)));
                }

                @Override
                public Vnd parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    if (input instanceof StringValue s) {
                        return money(Objects.requireNonNull(s.getValue(), "value"), CoercingParseLiteralException::new);
                    }
                    if (input instanceof IntValue i) {
                        return money(i.getValue().toString(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException(moneyMessage(String.valueOf(input)));
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return StringValue.of(serialize(input, context, locale));
                }
            }).build();

    /** {@code Decimal}: an exact decimal as {@link BigDecimal}; written as a JSON string. */
    public static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar().name("Decimal")
            .description("An exact decimal number, such as \"1250.5\"; a string, or a number on input.")
            .coercing(new Coercing<BigDecimal, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof BigDecimal decimal) {
                        return decimal.toPlainString();
                    }
                    throw new CoercingSerializeException("Decimal cannot serialise a " + value.getClass().getName());
                }

                @Override
                public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String || input instanceof Number) {
                        return decimal(input.toString(), CoercingParseValueException::new);
                    }
                    throw new CoercingParseValueException(decimalMessage(String.valueOf(input)));
                }

                @Override
                public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    if (input instanceof StringValue s) {
                        return decimal(Objects.requireNonNull(s.getValue(), "value"),
                                CoercingParseLiteralException::new);
                    }
                    if (input instanceof IntValue i) {
                        return new BigDecimal(i.getValue());
                    }
                    if (input instanceof FloatValue f) {
                        return f.getValue();
                    }
                    throw new CoercingParseLiteralException(decimalMessage(String.valueOf(input)));
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return StringValue.of(serialize(input, context, locale));
                }
            }).build();

    private Scalars() {
    }

    private static <E extends RuntimeException> Vnd money(String text, java.util.function.Function<String, E> error) {
        String trimmed = text.strip();
        if (!WHOLE_DONG.matcher(trimmed).matches()) {
            throw error.apply(moneyMessage(text));
        }
        try {
            return new Vnd(Long.parseLong(trimmed));
        } catch (NumberFormatException e) {
            // A whole number beyond a long: saturate, so that the rules answer it as a user error on its field
            // (AMOUNT_TOO_LARGE, or INVESTMENT_NEGATIVE below zero) rather than a type error of the request.
            return new Vnd(trimmed.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }

    private static String moneyMessage(String text) {
        return "Money must be a whole number of đồng, written as digits, got '" + text + "'";
    }

    private static <E extends RuntimeException> BigDecimal decimal(String text,
            java.util.function.Function<String, E> error) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw error.apply(decimalMessage(text));
        }
    }

    private static String decimalMessage(String text) {
        return "Decimal must be a decimal number such as 1250.5, got '" + text + "'";
    }

    /** A scalar written as text in a fixed format. */
    private abstract static class TextCoercing<T> implements Coercing<T, String> {

        private final String name;
        private final String expected;

        TextCoercing(String name, String expected) {
            this.name = name;
            this.expected = expected;
        }

        abstract T parse(String text);

        abstract String format(Object value);

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return format(value);
        }

        @Override
        public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                try {
                    return parse(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(message(text));
                }
            }
            throw new CoercingParseValueException(message(String.valueOf(input)));
        }

        @Override
        public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue s) {
                String text = Objects.requireNonNull(s.getValue(), "value");
                try {
                    return parse(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(message(text));
                }
            }
            throw new CoercingParseLiteralException(message(String.valueOf(input)));
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(format(input));
        }

        private String message(String text) {
            return name + " must be " + expected + ", got '" + text + "'";
        }
    }
}
