package com.dealercrm.lead.service;

import java.util.List;

/** One page of a search, and the number of matches across all pages. */
public record PageResult<T>(List<T> items, long total) {
}
