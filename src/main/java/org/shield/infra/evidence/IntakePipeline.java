package org.shield.infra.evidence;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.ProgressListener;

/**
 * Moves a source file into an encrypted blob in 1 MiB chunks on two threads: the calling thread reads and
 * feeds its share of the digests, a writer thread feeds the others, encrypts and writes. A fixed pool of
 * {@value #BUFFERS} buffers circulates between them, so memory stays flat and the reader can be at most a
 * few chunks ahead. One thread doing everything was CPU-bound with MD5 and SHA-1 asked for (docs/BENCHMARKS.md).
 */
final class IntakePipeline {
    static final int BUFFERS = 4;
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<ByteBuffer> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    /** Set by the writer only after the last segment and its tag are written: anything less is a failure. */
    private volatile boolean finished;
    private Thread writer;
    private volatile boolean aborted;

    private IntakePipeline() {
        for (int i = 0; i < BUFFERS; i++) {
            free.add(ByteBuffer.allocate(TinkEvidenceStore.CHUNK));
        }
    }

    /** Returns the plaintext size. Source read failures come as {@link TinkEvidenceStore.SourceReadException}. */
    static long run(FileChannel in, FileChannel out, AesGcmHkdfStreaming aead, byte[] aad,
            TinkEvidenceStore.Digests digests, long total, ProgressListener progress, CancellationToken cancel)
            throws IOException, GeneralSecurityException, OperationCancelledException {
        return new IntakePipeline().pump(in, aead.newEncryptingChannel(nonClosing(out), aad), digests, total,
                progress, cancel);
    }

    private long pump(FileChannel in, WritableByteChannel enc, TinkEvidenceStore.Digests digests, long total,
            ProgressListener progress, CancellationToken cancel)
            throws IOException, GeneralSecurityException, OperationCancelledException {
        writer = new Thread(() -> write(enc, digests), "evidence-intake-writer");
        writer.setDaemon(true);
        writer.start();
        long done = 0;
        boolean complete = false;
        try {
            while (true) {
                cancel.throwIfCancelled();
                ByteBuffer buf = nextFree(cancel);
                buf.clear();
                fill(in, buf);
                int n = buf.position();
                if (n == 0) {
                    free.add(buf);
                    break;
                }
                digests.updateOnReader(buf.array(), 0, n);
                buf.flip();
                full.add(buf);
                done += n;
                progress.progress(done, Math.max(total, done));
            }
            complete = true;
        } finally {
            aborted = !complete;
            full.add(END);
            joinUninterruptibly(writer);
        }
        rethrowWriterFailure();
        if (!finished) {
            throw new IOException("the encrypting writer stopped before the end");
        }
        return done;
    }

    private void write(WritableByteChannel enc, TinkEvidenceStore.Digests digests) {
        try {
            while (true) {
                ByteBuffer buf = full.take();
                if (buf == END) {
                    break;
                }
                if (!aborted) {
                    digests.updateOnWriter(buf.array(), 0, buf.limit());
                    TinkEvidenceStore.writeFully(enc, buf);
                }
                free.add(buf);
            }
            if (!aborted) {
                enc.close(); // writes the last segment and its tag
                finished = true;
            }
        } catch (IOException | RuntimeException | Error e) {
            writerFailure.set(e);
            aborted = true;
            free.offer(END); // wakes a reader waiting for a buffer
        } catch (InterruptedException e) {
            writerFailure.set(new InterruptedIOException("writer interrupted"));
            Thread.currentThread().interrupt();
        }
    }

    private ByteBuffer nextFree(CancellationToken cancel) throws IOException, OperationCancelledException {
        try {
            while (true) {
                cancel.throwIfCancelled();
                ByteBuffer buf = free.poll(100, TimeUnit.MILLISECONDS);
                if (writerFailure.get() != null || buf == END || buf == null && !writer.isAlive()) {
                    rethrowWriterFailure(); // e.g. the disk is full: the reader reports the writer's cause
                    throw new IOException("writer stopped");
                }
                if (buf != null) {
                    return buf;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("intake interrupted");
        }
    }

    private void rethrowWriterFailure() throws IOException {
        Throwable e = writerFailure.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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
