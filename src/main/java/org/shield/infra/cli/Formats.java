package org.shield.infra.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Output formats of the CLI: aligned text tables, CSV (RFC 4180) and JSON (camelCase keys, ISO dates). */
final class Formats {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private Formats() {
    }

    static void json(PrintWriter out, Object value) throws IOException {
        out.println(JSON.writeValueAsString(value));
        out.flush();
    }

    static void csv(PrintWriter out, List<String> header, List<List<String>> rows) throws IOException {
        try (CSVPrinter p = new CSVPrinter(new NonClosingWriter(out),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        }
        out.flush();
    }

    /** Columns padded to the widest cell (counting code points, so Thai lines up roughly). */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(header.get(i));
        }
        for (List<String> r : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        printRow(out, header, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append("-".repeat(w[i])).append(i + 1 < w.length ? "  " : "");
        }
        out.println(rule);
        rows.forEach(r -> printRow(out, r, w));
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            b.append(c);
            if (i + 1 < w.length) {
                b.append(" ".repeat(w[i] - width(c) + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    private static int width(String s) {
        if (s == null) {
            return 0;
        }
        // combining marks (Thai vowels above/below, tone marks) take no column
        return (int) s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).count();
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Lets CSVPrinter close without closing the command's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
