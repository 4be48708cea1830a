package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderMatcherTest {

    private static Optional<Field> best(String header) {
        return HeaderMatcher.scores(header, Map.of()).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tên công trình                         | NAME
            TÊN CÔNG TRÌNH                         | NAME
            Ten cong trinh                         | NAME
            Công trình chào mừng                   | NAME
            Tên công trình, dự án                  | NAME
            Tên lễ hội/sự kiện                     | NAME
            Đơn vị                                 | UNIT
            Phường, xã                             | UNIT
            Đơn vị tổ chức                         | UNIT
            Loại (khánh thành/khởi công)           | KIND
            Khánh thành/Khởi công                  | KIND
            Thời gian dự kiến                      | PLANNED_DATE
            Ngày khánh thành                       | PLANNED_DATE
            Thời gian tổ chức                      | PLANNED_DATE
            Ngày khởi công                         | START_DATE
            Thời gian hoàn thành                   | END_DATE
            Địa điểm                               | LOCATION
            Kinh phí (triệu đồng)                  | AMOUNT
            Tổng mức đầu tư (đồng)                 | AMOUNT
            Nguồn kinh phí                         | FUNDING_SOURCE
            Nguồn vốn                              | FUNDING_SOURCE
            Chủ đầu tư                             | INVESTOR
            Đơn vị chủ đầu tư                      | INVESTOR
            Gắn biển                               | PLAQUE
            Ghi chú                                | NOTES
            STT                                    | SEQUENCE
            TT                                     | SEQUENCE
            """)
    void matchesHeadersWrittenInManyWaysToTheirField(String header, Field field) {
        assertThat(best(header)).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đơn vị tính", "ĐVT", "Xếp hạng", ""})
    void matchesNoFieldForHeadersThatAreNoneOfThem(String header) {
        assertThat(HeaderMatcher.scores(header, Map.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Tổng mức đầu tư (đồng), INVESTOR", "Đơn vị chủ đầu tư, UNIT", "Nguồn kinh phí, AMOUNT",
        "Ngày khởi công, PLANNED_DATE"})
    void scoresAnExactOrLongerSynonymAboveAShorterOneItContains(String header, Field loser) {
        Map<Field, Integer> scores = HeaderMatcher.scores(header, Map.of());
        Field winner = best(header).orElseThrow();
        assertThat(winner).isNotEqualTo(loser);
        assertThat(scores.getOrDefault(loser, 0)).isLessThan(scores.get(winner));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thời gian khởi công, khánh thành", "Thời gian khánh thành, khởi công",
        "Thời gian dự kiến khởi công, khánh thành"})
    void readsTheCeremonyDateHeaderInEitherOrderOfItsWords(String header) {
        assertThat(best(header)).contains(Field.PLANNED_DATE);
    }

    @ParameterizedTest
    @CsvSource({"Kinh phí dự kiến, PLANNED_DATE", "Tổng kinh phí dự kiến (triệu đồng), PLANNED_DATE",
        "Địa điểm tổ chức lễ khánh thành, PLANNED_DATE"})
    void neverReadsAWordInsideAnotherFieldsHeaderAsItsOwnField(String header, Field absent) {
        assertThat(HeaderMatcher.scores(header, Map.of())).doesNotContainKey(absent).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Tên xã, UNIT", "Hạng mục, NAME"})
    void acceptsAnExplicitHeaderAsTheStrongestSynonym(String header, Field field) {
        Map<Field, Integer> scores = HeaderMatcher.scores(header,
                Map.of(field, vn.campaign.core.text.VietnameseText.fold(header)));
        assertThat(scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo(field);
    }
}
