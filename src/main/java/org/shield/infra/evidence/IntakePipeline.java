package org.shield.infra.evidence;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.ProgressListener;

/** Moves a source file into an encrypted blob chunk by chunk, hashing the plaintext on the way. */
final class IntakePipeline {
    private IntakePipeline() {
    }

    /** Returns the plaintext size. Source read failures come as {@link TinkEvidenceStore.SourceReadException}. */
    static long run(FileChannel in, FileChannel out, AesGcmHkdfStreaming aead, byte[] aad,
            TinkEvidenceStore.Digests digests, long total, ProgressListener progress, CancellationToken cancel)
            throws IOException, GeneralSecurityException, OperationCancelledException {
        ByteBuffer buf = ByteBuffer.allocate(TinkEvidenceStore.CHUNK);
        long done = 0;
        try (WritableByteChannel enc = aead.newEncryptingChannel(nonClosing(out), aad)) {
            while (true) {
                cancel.throwIfCancelled();
                buf.clear();
                fill(in, buf);
                if (buf.position() == 0) {
                    break;
                }
                digests.update(buf.array(), 0, buf.position());
                buf.flip();
                TinkEvidenceStore.writeFully(enc, buf);
                done += buf.limit();
                progress.progress(done, Math.max(total, done));
            }
        }
        return done;
    }

    /** Reads until the buffer is full or the source ends. */
    static void fill(FileChannel in, ByteBuffer buf) throws IOException {
        try {
            while (buf.hasRemaining() && in.read(buf) >= 0) {
                // keep reading
            }
        } catch (IOException e) {
            throw new TinkEvidenceStore.SourceReadException(e);
        }
    }

    /** Tink closes the channel it writes to; the caller still has to force it to disk. */
    private static WritableByteChannel nonClosing(FileChannel out) {
        return new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws IOException {
                return out.write(src);
            }

            @Override
            public boolean isOpen() {
                return out.isOpen();
            }

            @Override
            public void close() {
                // the caller closes it
            }
        };
    }
}
