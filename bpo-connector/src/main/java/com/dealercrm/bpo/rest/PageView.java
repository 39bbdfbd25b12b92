package com.dealercrm.bpo.rest;

import java.util.List;

/** One page of a list, as every list of the API returns it. */
public record PageView<T>(List<T> items, long total, int page, int size) {
}
