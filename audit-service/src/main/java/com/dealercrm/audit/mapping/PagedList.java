package com.dealercrm.audit.mapping;

import java.util.List;

/** One page of a list, in the API's list shape. */
public record PagedList<T>(List<T> items, long total, int page, int size) {
}
