package org.shield.infra.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes onto the command's text writer, for adapters that write bytes (the audit export) when
 * the output is the terminal: all CLI output goes through picocli's writer, never {@code System.out}.
 * Decodes incrementally (a character split across two writes is kept until it is complete). Closing
 * flushes and leaves the writer open. Not thread-safe.
 */
final class Utf8WriterStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private boolean closed;

    Utf8WriterStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean endOfInput) throws IOException {
        bytes.flip();
        while (decoder.decode(bytes, chars, endOfInput) == CoderResult.OVERFLOW) {
            drainChars();
        }
        drainChars();
        bytes.compact();
    }

    private void drainChars() throws IOException {
        chars.flip();
        writer.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        decode(true);
        while (decoder.flush(chars) == CoderResult.OVERFLOW) {
            drainChars();
        }
        drainChars();
        writer.flush();
    }
}
