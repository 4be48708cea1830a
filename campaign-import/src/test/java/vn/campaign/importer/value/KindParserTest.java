package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;

class KindParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"Khánh thành", "khánh thành", "KHÁNH THÀNH", "KT", "kt", "K.T", "Khánh thành nhà văn hóa",
        "Khanh thanh", "INAUGURATION"})
    void readsInaugurations(String text) {
        ParseResult<WorkKind> result = KindParser.workKind(text);

        assertThat(result.toOptional()).contains(WorkKind.INAUGURATION);
        assertThat(result.codes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khởi công", "khởi công", "KC", "K.C", "kc", "Khởi công xây dựng đường", "Lễ động thổ",
        "GROUNDBREAKING"})
    void readsGroundbreakings(String text) {
        ParseResult<WorkKind> result = KindParser.workKind(text);

        assertThat(result.toOptional()).contains(WorkKind.GROUNDBREAKING);
        assertThat(result.codes()).isEmpty();
    }

    @Test
    void infersAnInaugurationFromAWorkPutIntoUseWithAWarning() {
        ParseResult<WorkKind> result = KindParser.workKind("Hoàn thành, đưa vào sử dụng");

        assertThat(result.toOptional()).contains(WorkKind.INAUGURATION);
        assertThat(result.codes()).containsExactly(ValueIssueCode.WORK_KIND_INFERRED);
    }

    @Test
    void reportsAWorkThatNamesBothKinds() {
        assertThat(KindParser.workKind("Khởi công và khánh thành").codes())
                .containsExactly(ValueIssueCode.WORK_KIND_AMBIGUOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sửa chữa", "KTX", "nhà văn hóa", "x"})
    void reportsUnknownWorkKinds(String text) {
        ParseResult<WorkKind> result = KindParser.workKind(text);

        assertThat(result.codes()).containsExactly(ValueIssueCode.WORK_KIND_UNKNOWN);
        assertThat(result.issues().get(0).input()).isEqualTo(text);
    }

    @Test
    void reportsAnEmptyWorkKind() {
        assertThat(KindParser.workKind(" ").codes()).containsExactly(ValueIssueCode.WORK_KIND_EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lễ hội", "lễ hội truyền thống", "Lễ hội Văn Miếu", "Lễ hội văn hóa dân gian truyền thống",
        "Hội làng", "TRADITIONAL_FESTIVAL"})
    void readsTraditionalFestivals(String text) {
        ParseResult<EventKind> result = KindParser.eventKind(text);

        assertThat(result.toOptional()).contains(EventKind.TRADITIONAL_FESTIVAL);
        assertThat(result.codes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"văn hóa", "Văn hoá", "Sự kiện văn hóa", "Liên hoan văn nghệ", "Triển lãm ảnh",
        "Mít tinh kỷ niệm", "CULTURAL"})
    void readsCulturalEvents(String text) {
        assertThat(KindParser.eventKind(text).toOptional()).contains(EventKind.CULTURAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thể thao", "Thể thao", "giải bóng đá…", "Giải bóng đá thiếu niên", "Giải cầu lông",
        "Giải việt dã", "Đua thuyền", "Giải chạy", "SPORTS"})
    void readsSportsEvents(String text) {
        assertThat(KindParser.eventKind(text).toOptional()).contains(EventKind.SPORTS);
    }

    @Test
    void takesTheMostSpecificKindWithAWarningWhenSeveralMatch() {
        ParseResult<EventKind> result = KindParser.eventKind("Ngày hội văn hóa thể thao");

        assertThat(result.toOptional()).contains(EventKind.SPORTS);
        assertThat(result.codes()).containsExactly(ValueIssueCode.EVENT_KIND_AMBIGUOUS);
    }

    @Test
    void takesAFestivalWithSportsForAFestival() {
        ParseResult<EventKind> result = KindParser.eventKind("Lễ hội đua thuyền");

        assertThat(result.toOptional()).contains(EventKind.TRADITIONAL_FESTIVAL);
        assertThat(result.codes()).containsExactly(ValueIssueCode.EVENT_KIND_AMBIGUOUS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hội nghị", "Khánh thành", "khác"})
    void reportsUnknownEventKinds(String text) {
        assertThat(KindParser.eventKind(text).codes()).containsExactly(ValueIssueCode.EVENT_KIND_UNKNOWN);
    }

    @Test
    void reportsAnEmptyEventKind() {
        assertThat(KindParser.eventKind("").codes()).containsExactly(ValueIssueCode.EVENT_KIND_EMPTY);
    }
}
