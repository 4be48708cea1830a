package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;

import vn.campaign.core.registration.Vnd;

/** The custom scalars read and write exactly what their descriptions promise. */
class ScalarsTest {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    @SuppressWarnings("unchecked")
    private static <I, O> Coercing<I, O> coercing(graphql.schema.GraphQLScalarType type) {
        return (Coercing<I, O>) type.getCoercing();
    }

    @Test
    void writesMoneyAsAStringOfDigitsSoNoClientRoundsIt() {
        Coercing<Vnd, String> money = coercing(Scalars.MONEY);

        assertThat(money.serialize(new Vnd(9_007_199_254_740_993L), CONTEXT, Locale.ROOT)).isEqualTo("9007199254740993");
        assertThat(money.serialize(new Vnd(-5), CONTEXT, Locale.ROOT)).isEqualTo("-5");
    }

    @Test
    void readsMoneyFromAStringOfDigitsOrAJsonIntegerUpToTheLongRange() {
        Coercing<Vnd, String> money = coercing(Scalars.MONEY);

        assertThat(money.parseValue("4500000000", CONTEXT, Locale.ROOT)).isEqualTo(new Vnd(4_500_000_000L));
        assertThat(money.parseValue(4_500_000_000L, CONTEXT, Locale.ROOT)).isEqualTo(new Vnd(4_500_000_000L));
        assertThat(money.parseValue(new BigInteger("9223372036854775807"), CONTEXT, Locale.ROOT))
                .isEqualTo(new Vnd(Long.MAX_VALUE));
        assertThat(money.parseLiteral(new IntValue(new BigInteger("12500000000")), CoercedVariables.emptyVariables(),
                CONTEXT, Locale.ROOT)).isEqualTo(new Vnd(12_500_000_000L));
        assertThat(money.parseLiteral(StringValue.of("-1"), CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isEqualTo(new Vnd(-1));
    }

    /** Issue 17: a whole number beyond a long saturates, so that the rules answer it on its field. */
    @Test
    void readsAWholeNumberBeyondALongAsTheLargestAmountOfItsSign() {
        Coercing<Vnd, String> money = coercing(Scalars.MONEY);

        assertThat(money.parseValue("9223372036854775808", CONTEXT, Locale.ROOT)).isEqualTo(new Vnd(Long.MAX_VALUE));
        assertThat(money.parseValue(new BigInteger("1" + "0".repeat(40)), CONTEXT, Locale.ROOT))
                .isEqualTo(new Vnd(Long.MAX_VALUE));
        assertThat(money.parseValue("-99999999999999999999", CONTEXT, Locale.ROOT)).isEqualTo(new Vnd(Long.MIN_VALUE));
        assertThat(money.parseLiteral(new IntValue(new BigInteger("99999999999999999999")),
                CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT)).isEqualTo(new Vnd(Long.MAX_VALUE));
    }

    @Test
    void refusesMoneyThatIsNotAWholeNumberOfDong() {
        Coercing<Vnd, String> money = coercing(Scalars.MONEY);

        assertThatThrownBy(() -> money.parseValue("1.5", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessageContaining("got '1.5'");
        assertThatThrownBy(() -> money.parseValue(1.5, CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> money.parseLiteral(new FloatValue(new BigDecimal("2.5")),
                CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseLiteralException.class);
        assertThatThrownBy(() -> money.serialize("4500", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingSerializeException.class);
    }

    @Test
    void readsAndWritesIsoDatesAndRefusesOtherForms() {
        Coercing<LocalDate, String> date = coercing(Scalars.DATE);

        assertThat(date.serialize(LocalDate.of(2022, 6, 15), CONTEXT, Locale.ROOT)).isEqualTo("2022-06-15");
        assertThat(date.parseValue("2022-06-15", CONTEXT, Locale.ROOT)).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThatThrownBy(() -> date.parseValue("15/06/2022", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("Date must be an ISO-8601 date such as 2022-06-15, got '15/06/2022'");
        assertThatThrownBy(() -> date.parseLiteral(new IntValue(BigInteger.TEN), CoercedVariables.emptyVariables(),
                CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }

    @Test
    void readsAndWritesInstantsInUtc() {
        Coercing<Instant, String> dateTime = coercing(Scalars.DATE_TIME);

        assertThat(dateTime.serialize(Instant.parse("2022-05-01T03:04:05.123Z"), CONTEXT, Locale.ROOT))
                .isEqualTo("2022-05-01T03:04:05.123Z");
        assertThat(dateTime.parseValue("2022-05-01T03:04:05Z", CONTEXT, Locale.ROOT))
                .isEqualTo(Instant.parse("2022-05-01T03:04:05Z"));
    }

    @Test
    void writesDecimalsAsPlainStringsAndReadsThemExactly() {
        Coercing<BigDecimal, String> decimal = coercing(Scalars.DECIMAL);

        assertThat(decimal.serialize(new BigDecimal("1E+5"), CONTEXT, Locale.ROOT)).isEqualTo("100000");
        assertThat(decimal.parseValue("0.1", CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("0.1"));
        assertThat(decimal.parseLiteral(new FloatValue(new BigDecimal("49.5")), CoercedVariables.emptyVariables(),
                CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("49.5"));
        assertThatThrownBy(() -> decimal.parseValue("nhiều", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
    }
}
