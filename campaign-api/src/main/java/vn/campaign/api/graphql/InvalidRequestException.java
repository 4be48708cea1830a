package vn.campaign.api.graphql;

/**
 * A request the API refuses as malformed — a page size out of bounds, a cursor that is not one of ours —
 * as opposed to a broken business rule, which is a user error in a payload. {@link GraphQlExceptionResolver}
 * turns it into a GraphQL error of type {@code BAD_REQUEST} carrying the message.
 */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message for the client.
     *
     * @param message what is wrong with the request, naming the argument
     */
    public InvalidRequestException(String message) {
        super(message, null, false, false);
    }
}
