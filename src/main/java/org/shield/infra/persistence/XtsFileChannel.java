package org.shield.infra.persistence;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * One vault file in H2's encrypted file format, the one {@code CIPHER=AES} writes, with the AES done by the JDK's
 * provider instead of H2's own Java AES (ADR 0022).
 *
 * <p>The format: a 4 KiB header ({@code "H2encrypt\n"}, an 8-byte random salt, zeros), then the file's content in
 * 4 KiB sectors, each encrypted in XTS mode (IEEE P1619; one AES-128 key for the data and the tweak, as H2 does)
 * with the sector's number as the tweak. The key is PBKDF2-HMAC-SHA-256 of the password bytes and the salt, 10
 * iterations, 16 bytes: H2's derivation, called, not copied. A size that is not a whole number of sectors is kept by
 * writing as many padding bytes after the last sector as the last sector holds. The bytes on disk are the same as
 * H2's, so a vault written by either opens with the other (tested both ways).
 *
 * <p>Why by hand: H2 hard-wires its table-driven Java AES into this format (about 125 MB/s here); the JDK's AES
 * uses the processor's AES instructions (about 1.4 GB/s for a 4 KiB sector here). H2 calls the cipher once per
 * 16 bytes; this class computes a sector's 256 tweaks, XORs them in, encrypts the whole sector in one call (ECB:
 * each block alone, which is what XTS needs once the tweaks are in) and XORs them out again.
 */
final class XtsFileChannel extends FileBaseDefault {

    static final int SECTOR = 4096;
    private static final int MASK = SECTOR - 1;
    static final int HEADER_LENGTH = SECTOR;
    static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final int ITERATIONS = 10;

    private final String name;
    private final FileChannel base;
    private byte[] password; // until the first use
    private volatile Sectors sectors;
    /** The content's size, without the header and padding. */
    private volatile long size;

    XtsFileChannel(String name, byte[] password, FileChannel base) {
        // no reading or writing here: the caller may want to lock the file first
        this.name = name;
        this.password = password;
        this.base = base;
    }

    /** The size of the content of a file of {@code fileSize} bytes on disk. */
    static long contentSize(long fileSize) {
        long sz = Math.max(0, fileSize - HEADER_LENGTH);
        return (sz & MASK) != 0 ? sz - SECTOR : sz;
    }

    private Sectors sectors() throws IOException {
        Sectors s = sectors;
        return s != null ? s : init();
    }

    private synchronized Sectors init() throws IOException {
        if (sectors != null) {
            return sectors;
        }
        long sz = base.size() - HEADER_LENGTH;
        boolean existing = sz >= 0;
        byte[] salt = new byte[SALT_LENGTH];
        if (existing) {
            readFully(base, MAGIC.length, ByteBuffer.wrap(salt));
        } else {
            new SecureRandom().nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
        }
        byte[] key = SHA256.getPBKDF2(password, salt, ITERATIONS, 16);
        Arrays.fill(password, (byte) 0);
        password = null;
        try {
            sectors = new Sectors(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        if (existing) {
            size = contentSize(base.size());
        }
        return sectors;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int len = dst.remaining();
        if (len == 0) {
            return 0;
        }
        Sectors s = sectors();
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        if (position >= size) {
            return -1;
        }
        len = (int) Math.min(len, size - position);
        long first = position & ~(long) MASK;
        int offset = (int) (position - first);
        int span = roundUp(offset + len);
        if (offset == 0 && span == len && dst.hasArray()) {
            readSectors(dst.array(), dst.arrayOffset() + dst.position(), first, len, s);
            dst.position(dst.position() + len);
        } else {
            byte[] tmp = new byte[span];
            readSectors(tmp, 0, first, span, s);
            dst.put(tmp, offset, len);
        }
        return len;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        Sectors s = sectors();
        if (position < 0) {
            throw new IllegalArgumentException("pos: " + position);
        }
        int len = src.remaining();
        long first = position & ~(long) MASK;
        int offset = (int) (position - first);
        int span = roundUp(offset + len);
        byte[] buf = new byte[span];
        if (offset != 0 || span != len) {
            // a partial sector: keep what the rest of it holds
            long held = roundUp(size) - first;
            int read = (int) Math.min(span, Math.max(0, held));
            if (read > 0) {
                readSectors(buf, 0, first, read, s);
            }
        }
        src.get(buf, offset, len);
        for (int x = 0; x < span; x += SECTOR) {
            s.encrypt((first + x) / SECTOR, buf, x);
        }
        writeFully(base, HEADER_LENGTH + first, ByteBuffer.wrap(buf));
        long end = position + len;
        if (end > size) {
            size = end;
            keepSize(end);
        }
        return len;
    }

    /** Makes the file's length on disk say the content's size (see the class comment). */
    private void keepSize(long newSize) throws IOException {
        int plus = (int) (newSize & MASK);
        long length = HEADER_LENGTH + roundUp(newSize) + plus;
        if (plus > 0) {
            writeFully(base, HEADER_LENGTH + roundUp(newSize), ByteBuffer.allocate(plus));
        }
        if (base.size() > length) {
            base.truncate(length);
        }
    }

    private void readSectors(byte[] into, int at, long position, int len, Sectors s) throws IOException {
        readFully(base, HEADER_LENGTH + position, ByteBuffer.wrap(into, at, len));
        long sector = position / SECTOR;
        for (int x = 0; x < len; x += SECTOR) {
            s.decrypt(sector++, into, at + x);
        }
    }

    @Override
    public long size() throws IOException {
        sectors();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        sectors();
        if (newSize < 0) {
            throw new IllegalArgumentException("newSize: " + newSize);
        }
        if (newSize >= size) {
            return;
        }
        size = newSize;
        keepSize(newSize); // the last sector stays whole, and the padding after it says where the content ends
    }

    /** The file's bytes as they are on disk (still encrypted), from start to end; what a snapshot copies. */
    long copyEncrypted(OutputStream out) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long pos = 0;
        while (true) {
            buf.clear();
            int n = base.read(buf, pos);
            if (n < 0) {
                return pos;
            }
            out.write(buf.array(), 0, n);
            pos += n;
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        XtsFilePath.closed(this);
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    String name() {
        return name;
    }

    private static int roundUp(int n) {
        return (n + MASK) & ~MASK;
    }

    private static long roundUp(long n) {
        return (n + MASK) & ~(long) MASK;
    }

    private static void readFully(FileChannel file, long pos, ByteBuffer dst) throws IOException {
        while (dst.remaining() > 0) {
            int n = file.read(dst, pos);
            if (n < 0) {
                throw new EOFException();
            }
            pos += n;
        }
    }

    private static void writeFully(FileChannel file, long pos, ByteBuffer src) throws IOException {
        while (src.remaining() > 0) {
            pos += file.write(src, pos);
        }
    }

    /** XTS over whole sectors with the JDK's AES; one set of ciphers and buffers per thread (Cipher is not shared). */
    static final class Sectors {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final long FEEDBACK = 0x87;
        private final SecretKeySpec key;
        private final ThreadLocal<Work> work;

        Sectors(byte[] aes128) {
            this.key = new SecretKeySpec(aes128, "AES");
            this.work = ThreadLocal.withInitial(this::newWork);
        }

        private Work newWork() {
            try {
                Cipher enc = Cipher.getInstance("AES/ECB/NoPadding");
                enc.init(Cipher.ENCRYPT_MODE, key);
                Cipher dec = Cipher.getInstance("AES/ECB/NoPadding");
                dec.init(Cipher.DECRYPT_MODE, key);
                return new Work(enc, dec);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES is not available", e);
            }
        }

        void encrypt(long sector, byte[] data, int at) {
            Work w = work.get();
            tweaks(w, sector);
            xor(data, at, w.tweaks, data, at);
            crypt(w.enc, data, at, w.out);
            xor(w.out, 0, w.tweaks, data, at);
        }

        void decrypt(long sector, byte[] data, int at) {
            Work w = work.get();
            tweaks(w, sector);
            xor(data, at, w.tweaks, data, at);
            crypt(w.dec, data, at, w.out);
            xor(w.out, 0, w.tweaks, data, at);
        }

        /** The sector's 256 tweaks: the encrypted sector number, then each one doubled in GF(2^128). */
        private static void tweaks(Work w, long sector) {
            byte[] t = w.tweaks;
            LONGS.set(t, 0, sector);
            LONGS.set(t, 8, 0L);
            try {
                w.enc.doFinal(t, 0, 16, w.out, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            long lo = (long) LONGS.get(w.out, 0);
            long hi = (long) LONGS.get(w.out, 8);
            for (int i = 0; i < SECTOR; i += 16) {
                LONGS.set(t, i, lo);
                LONGS.set(t, i + 8, hi);
                long carry = hi >>> 63;
                hi = (hi << 1) | (lo >>> 63);
                lo = (lo << 1) ^ (carry * FEEDBACK);
            }
        }

        private static void crypt(Cipher c, byte[] data, int at, byte[] out) {
            try {
                if (c.doFinal(data, at, SECTOR, out, 0) != SECTOR) {
                    throw new IllegalStateException("short AES output");
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void xor(byte[] a, int aAt, byte[] tweaks, byte[] into, int at) {
            for (int i = 0; i < SECTOR; i += 8) {
                LONGS.set(into, at + i, (long) LONGS.get(a, aAt + i) ^ (long) LONGS.get(tweaks, i));
            }
        }

        private record Work(Cipher enc, Cipher dec, byte[] tweaks, byte[] out) {
            Work(Cipher enc, Cipher dec) {
                this(enc, dec, new byte[SECTOR], new byte[SECTOR]);
            }
        }
    }
}
