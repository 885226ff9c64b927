package org.shield.hq;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * HQ keeps values as compact JSON text so that equal values compare equal ({@link PushCodec}); its shortcut for the
 * common values must write exactly what Jackson's {@code toString()} writes. Synthetic values only.
 */
class PushCodecTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShortcutWritesWhatJacksonWrites() throws Exception {
        for (String json : new String[] {"\"DEMO\"", "\"\"", "\"a\\\"b\"", "\"back\\\\slash\"", "\"tab\\there\"",
            "\"line\\nbreak\"", "\"\\u0001\"", "\"ทดสอบ DEMO\"", "\"emoji \\ud83d\\ude00\"", "\"\\u2028\"", "\"a/b\"",
            "0", "-7", "123456789012", "9223372036854775807", "1.5", "1e3", "-0.0", "true", "false", "[1,\"a\"]",
            "{\"a\": [1, 2], \"b\": \"c\"}"}) {
            JsonNode n = JSON.readTree(json);
            assertThat(PushCodec.text(n)).as(json).isEqualTo(n.toString());
        }
        assertThat(PushCodec.text(JSON.readTree("null"))).isNull();
        assertThat(PushCodec.text(null)).isNull();
    }

    @Test
    void randomStringsToo() throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                int kind = random.nextInt(6);
                b.append(kind == 0 ? (char) random.nextInt(0x20) : kind == 1 ? "\"\\/".charAt(random.nextInt(3))
                        : kind == 2 ? (char) (0x0E00 + random.nextInt(0x80)) : (char) (0x20 + random.nextInt(0x5F)));
            }
            JsonNode n = JSON.getNodeFactory().textNode(b.toString());
            assertThat(PushCodec.text(n)).isEqualTo(n.toString());
        }
    }
}
