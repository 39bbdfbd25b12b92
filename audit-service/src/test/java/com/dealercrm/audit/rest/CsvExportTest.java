package com.dealercrm.audit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void formulaStartsNeutralised() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvExport.neutralise(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void plainTextUnchanged() {
        for (String text : List.of("", "Price Too High", "5 = 5", "a-b", "'quoted")) {
            assertThat(CsvExport.neutralise(text)).isEqualTo(text);
        }
    }

    @Test
    void nullCellIsEmpty() {
        String csv = CsvExport.write(List.of("a", "b"), List.of(Arrays.asList(null, 3)));

        assertThat(csv).isEqualTo("a,b\r\n,3\r\n");
    }
}
