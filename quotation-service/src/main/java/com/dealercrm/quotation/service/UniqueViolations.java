package com.dealercrm.quotation.service;

import org.hibernate.exception.ConstraintViolationException;

/** Recognizes a failed insert that broke a unique constraint, such as a brand code taken by a concurrent request. */
final class UniqueViolations {

    private static final String UNIQUE_VIOLATION_SQL_STATE = "23505";

    private UniqueViolations() {
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION_SQL_STATE.equals(violation.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
