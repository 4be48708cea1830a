package vn.campaign.api.live;

/**
 * Ends a subscription that fell too far behind: more changes were stored than its buffer holds while it had
 * not taken the earlier ones. The client should subscribe again and read the current state with a query.
 */
public final class SlowSubscriberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int bufferSize;

    /**
     * The failure.
     *
     * @param bufferSize the buffer that overflowed
     */
    public SlowSubscriberException(int bufferSize) {
        super("The subscription fell more than " + bufferSize + " changes behind and was ended"
                + " (campaign.live.buffer-size); subscribe again and query the current state.");
        this.bufferSize = bufferSize;
    }

    /**
     * The same in Vietnamese.
     *
     * @return the message in Vietnamese
     */
    public String messageVi() {
        return "Đăng ký theo dõi bị chậm quá " + bufferSize + " thay đổi nên đã bị ngắt;"
                + " hãy đăng ký lại và truy vấn trạng thái hiện tại.";
    }
}
