-- Quantities have at most two decimal places, as delivery-service stores them for pickings.
ALTER TABLE sale_order_line
    ADD CONSTRAINT sale_order_line_quantity_two_decimals CHECK (quantity = round(quantity, 2));
