package com.dealercrm.platform.testapp;

import com.dealercrm.events.Actor;
import com.dealercrm.events.Aggregate;
import com.dealercrm.events.LeadEvents;
import com.dealercrm.events.Topics;
import com.dealercrm.platform.error.ApiException;
import com.dealercrm.platform.outbox.EventOutbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;

/** A minimal aggregate for exercising the outbox: one widget row and one event per request. */
@Path("/test/widgets")
@PermitAll
public class WidgetResource {

    private final EventOutbox outbox;

    public WidgetResource(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /** Creates a widget and its event; with {@code fail=true} the transaction rolls back after both writes. */
    @POST
    public Uni<String> create(@QueryParam("name") String name, @QueryParam("fail") boolean fail) {
        UUID id = UUID.randomUUID();
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("INSERT INTO widget (id, name) VALUES (:id, :name)")
                        .setParameter("id", id)
                        .setParameter("name", name)
                        .executeUpdate())
                .flatMap(ignored -> outbox.record(Topics.LEAD_EVENTS, id.toString(), LeadEvents.ARCHIVED,
                        new Aggregate(Aggregate.LEAD, id.toString(), name), id.toString(), Actor.service("platform-test"),
                        Map.of("name", name)))
                .flatMap(ignored -> fail
                        ? Uni.createFrom().failure(ApiException.conflict("Rolled back on purpose."))
                        : Uni.createFrom().item(id.toString())));
    }
}
