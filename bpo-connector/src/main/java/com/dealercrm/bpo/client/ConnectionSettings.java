package com.dealercrm.bpo.client;

/**
 * The BPO CRM endpoint and credentials that bpo-connector calls with. {@link #toString()} leaves
 * the API key out, so settings can be logged.
 */
public record ConnectionSettings(String url, String database, String login, String apiKey) {

    /** Returns the URL without trailing slashes, ready to be followed by {@code /jsonrpc}. */
    public String baseUrl() {
        String base = url;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + url + ", database=" + database + ", login=" + login + ", apiKeySet=" + hasApiKey() + "]";
    }
}
