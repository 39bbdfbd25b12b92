package com.dealercrm.lead.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The dealer users lead-service has seen in tokens, by id and display name. */
@ApplicationScoped
public class DealerUserRepository {

    // Two statements instead of ON CONFLICT DO UPDATE, which would lock the user's row even when
    // the name is unchanged and so serialize every concurrent request of that user.
    private static final String INSERT_IF_ABSENT =
            "INSERT INTO dealer_user (id, name, first_seen_at) VALUES (:id, :name, now()) ON CONFLICT (id) DO NOTHING";

    private static final String UPDATE_NAME = "UPDATE dealer_user SET name = :name WHERE id = :id AND name <> :name";

    private static final String SELECT_NAME = "SELECT name FROM dealer_user WHERE id = :id";

    /** Stores the user's current display name. */
    public Uni<Void> remember(String id, String name) {
        return execute(INSERT_IF_ABSENT, id, name)
                .chain(() -> execute(UPDATE_NAME, id, name));
    }

    /** Returns the user's display name, or null for a user never seen. */
    public Uni<String> findName(String id) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(SELECT_NAME, String.class)
                        .setParameter("id", id)
                        .getResultList())
                .map(names -> firstOrNull(names));
    }

    private static Uni<Void> execute(String sql, String id, String name) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql)
                        .setParameter("id", id)
                        .setParameter("name", name)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static String firstOrNull(List<String> names) {
        return names.isEmpty() ? null : names.get(0);
    }
}
