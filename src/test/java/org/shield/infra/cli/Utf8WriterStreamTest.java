package org.shield.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8WriterStreamTest {
    @Test
    void aCharacterSplitAcrossWritesComesOutWhole() throws Exception {
        byte[] thai = "คดี DEMO \u2192 ok".getBytes(StandardCharsets.UTF_8);
        StringWriter w = new StringWriter();
        try (Utf8WriterStream s = new Utf8WriterStream(w)) {
            for (byte b : thai) {
                s.write(b);
            }
        }
        assertThat(w.toString()).isEqualTo("คดี DEMO \u2192 ok");
    }

    @Test
    void longOutputPassesThroughInOrder() throws Exception {
        String line = "sequence,time,user,คดี\n".repeat(5_000);
        StringWriter w = new StringWriter();
        try (Utf8WriterStream s = new Utf8WriterStream(w)) {
            s.write(line.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(w.toString()).isEqualTo(line);
    }

    @Test
    void closingLeavesTheWriterUsable() throws Exception {
        StringWriter w = new StringWriter();
        new Utf8WriterStream(w).close();
        w.write("still open");
        assertThat(w.toString()).isEqualTo("still open");
    }
}
