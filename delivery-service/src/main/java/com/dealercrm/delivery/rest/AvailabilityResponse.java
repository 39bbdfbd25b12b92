package com.dealercrm.delivery.rest;

import com.dealercrm.delivery.service.Shortage;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** The picking after Check Availability, with the units still missing per product (empty when ASSIGNED). */
public record AvailabilityResponse(@JsonUnwrapped PickingResponse picking, List<Shortage> shortages) {
}
