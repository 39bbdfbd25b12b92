package com.dealercrm.events;

/** The user or service that caused an event: the token subject and display name, or a service name. */
public record Actor(String id, String name) {

    public static Actor service(String serviceName) {
        return new Actor("service:" + serviceName, serviceName);
    }
}
