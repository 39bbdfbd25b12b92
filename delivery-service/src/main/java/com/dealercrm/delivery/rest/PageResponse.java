package com.dealercrm.delivery.rest;

import java.util.List;

/** One page of a list: the items, the total count over all pages, the page index and the page size. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {
}
