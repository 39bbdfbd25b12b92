package com.dealercrm.bpo;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * BPO CRM connection settings saved by an admin, which replace the configured ones. A null
 * {@code apiKey} keeps the configured key. The key is never returned by the API or logged.
 */
@Entity
@Table(name = "bpo_connection")
public class BpoConnection extends PanacheEntityBase {

    /** The id of the only row. */
    public static final short SINGLETON_ID = 1;

    @Id
    public Short id;

    @Column(nullable = false)
    public String url;

    @Column(name = "database_name", nullable = false)
    public String database;

    @Column(nullable = false)
    public String login;

    // NOTE: stored in plain text, so read access to this database must be limited like a secret store.
    @Column(name = "api_key")
    public String apiKey;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Override
    public String toString() {
        return "BpoConnection[url=" + url + ", database=" + database + ", login=" + login + ", apiKeySet=" + (apiKey != null) + "]";
    }
}
