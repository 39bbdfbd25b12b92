package com.dealercrm.bposimulator.service;

/**
 * An error that the JSON-RPC endpoint returns in Odoo's envelope: HTTP 200 with
 * {@code error: {code, message, data: {name, message, ...}}}.
 */
public class OdooException extends RuntimeException {

    public static final int SERVER_ERROR = 200;
    public static final int SESSION_EXPIRED = 100;

    private final int code;
    private final String name;

    public OdooException(int code, String name, String message) {
        super(message, null, false, false);
        this.code = code;
        this.name = name;
    }

    public static OdooException accessDenied() {
        return new OdooException(SERVER_ERROR, "odoo.exceptions.AccessDenied", "Access Denied");
    }

    public static OdooException userError(String message) {
        return new OdooException(SERVER_ERROR, "odoo.exceptions.UserError", message);
    }

    public static OdooException validationError(String message) {
        return new OdooException(SERVER_ERROR, "odoo.exceptions.ValidationError", message);
    }

    public static OdooException missingError(String message) {
        return new OdooException(SERVER_ERROR, "odoo.exceptions.MissingError", message);
    }

    public int code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Returns the top-level {@code message} that Odoo puts beside {@code data}. */
    public String title() {
        return code == SESSION_EXPIRED ? "Odoo Session Expired" : "Odoo Server Error";
    }
}
