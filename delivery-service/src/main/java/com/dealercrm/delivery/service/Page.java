package com.dealercrm.delivery.service;

import java.util.List;

/** One page of a list and the total count over all pages. */
public record Page<T>(List<T> items, long total) {
}
