package vn.campaign.api.graphql;

import java.util.Objects;

/**
 * A request the API refuses as malformed — a page size out of bounds, a cursor that is not one of ours —
 * as opposed to a broken business rule, which is a user error in a payload. {@link GraphQlExceptionResolver}
 * turns it into a GraphQL error of type {@code BAD_REQUEST} carrying the message, and the Vietnamese one in
 * {@code extensions.messageVi}.
 */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message in Vietnamese. */
    private final String messageVi;

    /**
     * An exception with a message for the client, in English and Vietnamese.
     *
     * @param message   what is wrong with the request, naming the argument
     * @param messageVi the same in Vietnamese
     */
    public InvalidRequestException(String message, String messageVi) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.messageVi = Objects.requireNonNull(messageVi, "messageVi");
    }

    /**
     * An exception with a message for the client in English; the Vietnamese message says the request is not
     * valid and repeats it.
     *
     * @param message what is wrong with the request, naming the argument
     */
    public InvalidRequestException(String message) {
        this(message, "Yêu cầu không hợp lệ: " + message);
    }

    /**
     * What is wrong, in Vietnamese.
     *
     * @return the Vietnamese message
     */
    public String messageVi() {
        return messageVi;
    }
}
