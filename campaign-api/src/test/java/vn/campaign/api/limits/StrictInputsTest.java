package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.schema.CoercingParseValueException;

/** The input values refused before graphql-java coerces them. */
class StrictInputsTest {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    @Test
    void letsStringsAndIntegersThroughAsIds() {
        for (Object id : List.of("V29yazox", 12, 12L, BigInteger.TEN)) {
            assertThat(StrictInputs.INSTANCE.intercept(id, Scalars.GraphQLID, CONTEXT, Locale.ROOT)).isSameAs(id);
        }
    }

    @Test
    void refusesIdsOfAnyOtherKind() {
        assertThatThrownBy(() -> StrictInputs.INSTANCE.intercept(true, Scalars.GraphQLID, CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("Expected a string or an integer for an ID, but it was a boolean.");
        assertThatThrownBy(() -> StrictInputs.INSTANCE.intercept(1.5, Scalars.GraphQLID, CONTEXT, Locale.ROOT))
                .hasMessage("Expected a string or an integer for an ID, but it was a number with a fraction or an "
                        + "exponent.");
        assertThatThrownBy(() -> StrictInputs.INSTANCE.intercept(Map.of(), Scalars.GraphQLID, CONTEXT, Locale.ROOT))
                .hasMessage("Expected a string or an integer for an ID, but it was an object.");
        assertThatThrownBy(() -> StrictInputs.INSTANCE.intercept(List.of(), Scalars.GraphQLID, CONTEXT, Locale.ROOT))
                .hasMessage("Expected a string or an integer for an ID, but it was a list.");
    }

    @Test
    void leavesOtherScalarsToGraphQlJava() {
        assertThat(StrictInputs.INSTANCE.intercept(true, Scalars.GraphQLString, CONTEXT, Locale.ROOT)).isEqualTo(true);
    }

    @Test
    void refusesHalfASurrogatePairInAnyStringButNotAWholeOne() {
        assertThat(StrictInputs.INSTANCE.intercept("Ph\u01b0\u1eddng \ud83c\udf89", Scalars.GraphQLString, CONTEXT,
                Locale.ROOT)).isEqualTo("Ph\u01b0\u1eddng \ud83c\udf89");
        assertThatThrownBy(() -> StrictInputs.INSTANCE.intercept("ab\ud800", Scalars.GraphQLString, CONTEXT,
                Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("Expected valid Unicode for String, but character 2 is half of a surrogate pair.");
    }

    @Test
    void findsTheFirstUnpairedSurrogate() {
        assertThat(StrictInputs.unpairedSurrogate("")).isEqualTo(-1);
        assertThat(StrictInputs.unpairedSurrogate("\ud83d\ude00")).isEqualTo(-1);
        assertThat(StrictInputs.unpairedSurrogate("\ude00\ud83d")).isZero();
        assertThat(StrictInputs.unpairedSurrogate("a\ud83d\ude00\ud83d")).isEqualTo(3);
        assertThat(StrictInputs.unpairedSurrogate("a\ud83db")).isEqualTo(1);
    }
}
