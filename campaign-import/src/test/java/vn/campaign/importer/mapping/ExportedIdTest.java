package vn.campaign.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.importer.parse.RowType;

/** The system id column of an export: the API's global id of a work or an event. */
class ExportedIdTest {

    private static final String UUID = "0b5f1c9e-8a49-4a3e-9d7c-2f0c6f6b1a11";

    @Test
    void readsTheGlobalIdOfAWorkAndOfAnEvent() {
        assertThat(ExportedId.decode(encode("Work:" + UUID)))
                .contains(new ExportedId.Decoded(RowType.WORK, new RegistrationId(UUID)));
        assertThat(ExportedId.decode(" " + encode("Event:" + UUID) + " "))
                .contains(new ExportedId.Decoded(RowType.EVENT, new RegistrationId(UUID)));
    }

    @Test
    void refusesWhatIsNotTheGlobalIdOfARegistration() {
        assertThat(ExportedId.decode("không phải mã")).isEmpty();
        assertThat(ExportedId.decode(UUID)).isEmpty();
        assertThat(ExportedId.decode(encode("Unit:18070@2020-01-01"))).isEmpty();
        assertThat(ExportedId.decode(encode("Work:12"))).isEmpty();
        assertThat(ExportedId.decode(encode("Work" + UUID))).isEmpty();
        assertThat(ExportedId.decode("")).isEmpty();
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
