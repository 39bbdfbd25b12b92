package com.dealercrm.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The lead a sale order was created from, learnt from sale order and lead events. */
@Entity
@Table(name = "sale_order_link")
public class SaleOrderLink {

    @Id
    @Column(name = "sale_order_id")
    public String saleOrderId;

    @Column(name = "sale_order_name")
    public String saleOrderName;

    @Column(name = "lead_id", nullable = false)
    public String leadId;
}
