package org.shield.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The pull's shortcut for plain JSON strings ({@code JdbcReplica.plainString}): it must give exactly what a JSON
 * parser gives, or nothing (the parser is used then). Synthetic values only.
 */
class JdbcReplicaValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPlainStringIsItsTextAsAParserReadsIt() throws Exception {
        for (String text : new String[] {"DEMO title", "", "2026-01-01", "0190c3c2-8a8e-7b1e-9a55-0000000000aa",
            "ทดสอบ DEMO ไทย", "a/b 'c' {d}"}) {
            String json = JSON.writeValueAsString(text);
            assertThat(JdbcReplica.plainString(json)).as(json).isEqualTo(JSON.readTree(json).textValue());
        }
    }

    @Test
    void anythingElseIsLeftToTheParser() throws Exception {
        for (String json : new String[] {null, "null", "true", "12", "1.5", "\"", "\"a\\\"b\"", "\"line\\nbreak\"",
            "\"\\u0041\"", "\"a\"b\"", "[\"a\"]", "{\"a\":1}", "x"}) {
            assertThat(JdbcReplica.plainString(json)).as(String.valueOf(json)).isNull();
        }
    }
}
