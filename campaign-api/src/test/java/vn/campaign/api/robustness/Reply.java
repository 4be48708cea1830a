package vn.campaign.api.robustness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server answered to a probe.
 *
 * @param status      the HTTP status, or 0 when the answer was not HTTP
 * @param contentType the {@code Content-Type} header, or empty
 * @param body        the body as UTF-8 text
 */
record Reply(int status, String contentType, String body) {

    /** What would show that internals leaked: parts of stack traces and of Java class names. */
    static final List<String> INTERNALS = List.of("Exception", "\tat ", "at vn.", "at org.", "at java.",
            "java.lang.", "java.util.", "vn.campaign.", "org.springframework", "tools.jackson", "com.fasterxml",
            "org.apache", "graphql.execution", "Caused by");

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^Content-Type:\\s*(.*?)\\r?$");

    /** Validates the values. */
    Reply {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Reads a raw HTTP answer.
     *
     * @param answer the bytes the server sent
     * @return its status, content type and body
     */
    static Reply parse(byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        Matcher status = STATUS_LINE.matcher(text);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        Matcher type = CONTENT_TYPE.matcher(head);
        return new Reply(status.find() ? Integer.parseInt(status.group(1)) : 0, type.find() ? type.group(1) : "",
                end < 0 ? "" : text.substring(end + 4));
    }

    /**
     * Whether the body is JSON.
     *
     * @return whether the content type is a JSON one
     */
    boolean isJson() {
        return contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /**
     * The first trace of internals in the body.
     *
     * @return the marker found, or empty
     */
    java.util.Optional<String> leakedInternals() {
        return INTERNALS.stream().filter(body::contains).findFirst();
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + contentType + ": " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
    }
}
