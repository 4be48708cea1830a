package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The checks of {@link RequestBodyFilter} on the bytes of a body. */
class RequestBodyFilterTest {

    @Test
    void aReadListenerOnTheBufferedBodyIsToldItIsAvailableThenAllRead() throws Exception {
        RequestBodyFilter filter = new RequestBodyFilter("/graphql", DataSize.ofMegabytes(1));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setContentType("application/json");
        request.setContent("{\"query\":\"{ campaigns { code } }\"}".getBytes(StandardCharsets.UTF_8));
        List<String> heard = new ArrayList<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> req.getInputStream()
                .setReadListener(new ReadListener() {
                    @Override
                    public void onDataAvailable() throws IOException {
                        heard.add("available " + new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                    }

                    @Override
                    public void onAllDataRead() {
                        heard.add("all read");
                    }

                    @Override
                    public void onError(Throwable t) {
                        heard.add("error " + t);
                    }
                }));

        assertThat(heard).containsExactly("available {\"query\":\"{ campaigns { code } }\"}", "all read");
    }

    @Test
    void acceptsUtf8IncludingVietnameseAndCharactersBeyondTheBasicPlane() {
        assertThat(RequestBodyFilter.firstInvalidUtf8(
                "{\"query\":\"{ unit(code: \\\"Ph\u01b0\u1eddng \u0110\u1ea1i N\u00e0i \ud83c\udf89\\\") { code } }\"}"
                        .getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(RequestBodyFilter.firstInvalidUtf8(new byte[0])).isEqualTo(-1);
    }

    @Test
    void findsTheFirstInvalidSequence() {
        assertThat(RequestBodyFilter.firstInvalidUtf8(bytes(0x41, 0x80))).isEqualTo(1);
        assertThat(RequestBodyFilter.firstInvalidUtf8(bytes(0x41, 0x42, 0xC0, 0xAF))).isEqualTo(2);
        assertThat(RequestBodyFilter.firstInvalidUtf8(bytes(0xED, 0xA0, 0x80))).isZero();
        assertThat(RequestBodyFilter.firstInvalidUtf8(bytes(0x41, 0xF4, 0x90, 0x80, 0x80))).isEqualTo(1);
        assertThat(RequestBodyFilter.firstInvalidUtf8(bytes(0x41, 0xE1, 0xBA))).isEqualTo(1);
        assertThat(RequestBodyFilter.firstInvalidUtf8(bytes(0xFF))).isZero();
    }

    @Test
    void writesSizesAsThePropertiesDo() {
        assertThat(RequestBodyFilter.text(DataSize.ofMegabytes(1))).isEqualTo("1MB");
        assertThat(RequestBodyFilter.text(DataSize.ofKilobytes(64))).isEqualTo("64KB");
        assertThat(RequestBodyFilter.text(DataSize.ofBytes(1000))).isEqualTo("1000B");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
