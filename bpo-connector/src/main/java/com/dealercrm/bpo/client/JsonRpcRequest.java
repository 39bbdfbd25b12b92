package com.dealercrm.bpo.client;

import java.util.List;

/** A JSON-RPC 2.0 request in the form Odoo's {@code /jsonrpc} endpoint takes. */
record JsonRpcRequest(String jsonrpc, String method, long id, Params params) {

    /** The Odoo service ({@code common} or {@code object}), its method and positional arguments. */
    record Params(String service, String method, List<Object> args) {
    }

    static JsonRpcRequest call(long id, String service, String method, List<Object> args) {
        return new JsonRpcRequest("2.0", "call", id, new Params(service, method, args));
    }
}
