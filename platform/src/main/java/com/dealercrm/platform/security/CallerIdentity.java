package com.dealercrm.platform.security;

import com.dealercrm.events.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller of the current request: user id, display name and dealer roles. */
@RequestScoped
public class CallerIdentity {

    private final SecurityIdentity identity;

    public CallerIdentity(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Returns the token subject, which is the Keycloak user id. */
    public String id() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** Returns the user name shown in the chatter: {@code preferred_username}, else the subject. */
    public String name() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String username = token.getClaim("preferred_username");
            if (username != null) {
                return username;
            }
        }
        return identity.getPrincipal().getName();
    }

    public boolean isManagerOrAdmin() {
        return identity.hasRole(Roles.MANAGER) || identity.hasRole(Roles.ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** True for a dealer user without manager or admin rights. */
    public boolean isDealerUserOnly() {
        return identity.hasRole(Roles.USER) && !isManagerOrAdmin();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Actor actor() {
        return new Actor(id(), name());
    }

    /** Returns the caller's raw bearer token, for calls made on the caller's behalf. */
    public String bearerToken() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token.getRawToken();
        }
        return null;
    }
}
