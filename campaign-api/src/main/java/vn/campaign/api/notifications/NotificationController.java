package vn.campaign.api.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import vn.campaign.api.graphql.Connection;
import vn.campaign.api.graphql.InvalidRequestException;
import vn.campaign.api.platform.Page;
import vn.campaign.core.access.Actor;
import vn.campaign.core.unit.UnitCode;

/**
 * The caller's inbox: a unit officer reads their unit's, a city administrator the city's. A viewer or an
 * anonymous caller has none and is refused.
 */
@Controller
public class NotificationController {

    private final Notifications store;
    private final NotificationService service;

    /**
     * A controller.
     *
     * @param store   the store
     * @param service the service, for live notifications
     */
    public NotificationController(Notifications store, NotificationService service) {
        this.store = Objects.requireNonNull(store, "store");
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * A page of the caller's inbox, newest first.
     *
     * @param unreadOnly only the unread ones
     * @param first      how many, 1 to 100
     * @param after      the cursor of the notification the page starts after
     * @param actor      the caller
     * @return the page
     */
    @QueryMapping
    public Connection<Notification> notifications(@Argument @Nullable Boolean unreadOnly, @Argument int first,
            @Argument @Nullable String after, Actor actor) {
        Inbox inbox = inbox(actor);
        if (first < 1 || first > 100) {
            throw new InvalidRequestException("first must be 1 to 100, was " + first,
                    "first phải từ 1 đến 100, nhận được " + first);
        }
        Notification start = null;
        if (after != null) {
            start = store.find(inbox, after);
            if (start == null) {
                throw new InvalidRequestException("No notification of your inbox has the cursor \"" + after + "\".",
                        "Hộp thư của bạn không có thông báo nào có con trỏ \"" + after + "\".");
            }
        }
        List<Notification> page = store.page(inbox, Boolean.TRUE.equals(unreadOnly), first + 1, start);
        boolean more = page.size() > first;
        return Connection.of(new Page<>(more ? page.subList(0, first) : page, more), Notification::id, after != null,
                -1);
    }

    /**
     * Marks notifications of the caller's inbox read.
     *
     * @param input the ids
     * @param actor the caller
     * @return how many were marked
     */
    @MutationMapping
    public MarkReadPayload markNotificationsRead(@Argument Map<String, Object> input, Actor actor) {
        Inbox inbox = inbox(actor);
        Object ids = input.get("ids");
        List<String> list = new ArrayList<>();
        if (ids instanceof List<?> given) {
            given.forEach(id -> list.add(String.valueOf(id)));
        }
        return new MarkReadPayload((int) store.markRead(inbox, list), List.of());
    }

    /**
     * The notifications added to the caller's inbox from now on.
     *
     * @param actor the caller
     * @return the stream
     */
    @SubscriptionMapping
    public Flux<Notification> notificationAdded(Actor actor) {
        Inbox inbox = inbox(actor);
        return service.added().filter(n -> n.inbox().equals(inbox));
    }

    /**
     * The unit whose inbox a notification is in.
     *
     * @param notification the notification
     * @return its code, or {@code null} for the city's inbox
     */
    @SchemaMapping(typeName = "Notification", field = "unitCode")
    public @Nullable String unitCode(Notification notification) {
        UnitCode unit = notification.inbox().unit();
        return unit == null ? null : unit.value();
    }

    private static Inbox inbox(Actor actor) {
        return Inbox.of(actor).orElseThrow(() -> new InvalidRequestException(
                "Only unit officers and city administrators have an inbox; sign in as one.",
                "Chỉ cán bộ đơn vị và quản trị thành phố có hộp thư thông báo; hãy đăng nhập."));
    }
}
