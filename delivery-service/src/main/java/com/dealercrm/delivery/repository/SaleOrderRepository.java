package com.dealercrm.delivery.repository;

import com.dealercrm.delivery.SaleOrder;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SaleOrderRepository implements PanacheRepositoryBase<SaleOrder, UUID> {
}
