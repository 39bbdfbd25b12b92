package com.dealercrm.lead.mapping;

import java.util.List;

/** One page of a list: the items, the total across all pages, and the page number (from 0) and size. */
public record PageView<T>(List<T> items, long total, int page, int size) {
}
