package vn.campaign.api.exports;

import java.util.Objects;

/**
 * A query parameter of an export that cannot be used: answered 400 with a JSON body naming it.
 */
final class ExportParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String code;

    /**
     * A problem with one parameter.
     *
     * @param parameter the parameter's name ({@code campaign}, {@code unit}, {@code status}, {@code taskArea})
     * @param code      a stable code ({@code PARAMETER_MISSING}, {@code PARAMETER_MALFORMED},
     *                  {@code PARAMETER_UNKNOWN}, {@code PARAMETER_REPEATED})
     * @param message   what is wrong and what is accepted
     */
    ExportParameterException(String parameter, String code, String message) {
        super(message, null, false, false);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.code = Objects.requireNonNull(code, "code");
    }

    String parameter() {
        return parameter;
    }

    String code() {
        return code;
    }
}
