package com.dealercrm.audit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Renders report rows as RFC 4180 CSV: comma-separated, CRLF line ends, a header row, and
 * cells quoted when they contain a comma, quote or line break.
 *
 * <p>A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading single quote, so a spreadsheet shows it as text instead of running it
 * as a formula (the OWASP advice against CSV injection).
 */
final class CsvExport {

    static final String MEDIA_TYPE = "text/csv";

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvExport() {
    }

    /** Returns a 200 response with the CSV document as an attachment named {@code fileName}. */
    static RestResponse<String> response(String fileName, List<String> header, List<List<Object>> rows) {
        return RestResponse.ResponseBuilder.ok(write(header, rows), MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    static String write(List<String> header, List<List<Object>> rows) {
        List<List<String>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header.stream().map(CsvExport::neutralise).toList());
        for (List<Object> row : rows) {
            lines.add(row.stream().map(CsvExport::cell).toList());
        }
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing rows of strings as CSV failed", e);
        }
    }

    private static String cell(Object value) {
        return value == null ? "" : neutralise(Objects.toString(value));
    }

    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
