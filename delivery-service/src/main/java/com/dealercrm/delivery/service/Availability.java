package com.dealercrm.delivery.service;

import com.dealercrm.delivery.Picking;
import java.util.List;

/** The result of Check Availability: the picking and the units it still misses. */
public record Availability(Picking picking, List<Shortage> shortages) {
}
