package vn.campaign.api.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * The {@code Content-Disposition} of an export: the Vietnamese name percent-encoded as UTF-8 in
 * {@code filename*}, and an ASCII transliteration in {@code filename}.
 */
class ExportFileNameTest {

    @Test
    void givesTheVietnameseNameAsUtf8AndItsTransliterationAsTheFallback() {
        ExportFileName name = new ExportFileName("Danh sách lễ hội, sự kiện - CT32-2022 - Xã Đồng Môn - 01-07-2022.xlsx");

        assertThat(name.contentDisposition()).isEqualTo("attachment; "
                + "filename=\"Danh-sach-le-hoi-su-kien-CT32-2022-Xa-Dong-Mon-01-07-2022.xlsx\"; "
                + "filename*=UTF-8''Danh%20s%C3%A1ch%20l%E1%BB%85%20h%E1%BB%99i%2C%20s%E1%BB%B1%20ki%E1%BB%87n%20-%20"
                + "CT32-2022%20-%20X%C3%A3%20%C4%90%E1%BB%93ng%20M%C3%B4n%20-%2001-07-2022.xlsx");
    }

    @Test
    void encodesQuotesSlashesAndPercentSignsSoTheyCannotBreakTheHeader() {
        ExportFileName name = new ExportFileName("a\"b/c%d;e.xlsx");

        assertThat(name.ascii()).isEqualTo("a-b-c-d-e.xlsx");
        assertThat(name.contentDisposition()).endsWith("filename*=UTF-8''a%22b%2Fc%25d%3Be.xlsx");
    }

    @Test
    void refusesABlankName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExportFileName(" "));
    }
}
